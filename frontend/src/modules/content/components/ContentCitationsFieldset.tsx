import { useEffect, useRef, useState } from 'react';
import { Fieldset } from '@/ui/form/Fieldset';
import { TextField } from '@/ui/form/TextField';
import type { BoundField } from '@/ui/form/useFormFields';
import { newCitationRow, type CitationRow } from '../utils/contentFormValues';

/** The sources of the item's health claims: tips, articles, infographics and videos need one to be approved. */
export function ContentCitationsFieldset({ id, label, value: rows, onChange, error }: BoundField<CitationRow[]>) {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (addedKey) document.getElementById(`${id}-${addedKey}-title`)?.focus();
  }, [addedKey, id]);

  const update = (key: string, change: Partial<CitationRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    const row = newCitationRow();
    onChange([...rows, row]);
    setAddedKey(row.key);
  };
  const remove = (key: string) => {
    onChange(rows.filter((row) => row.key !== key));
    addButton.current?.focus();
  };

  return (
    <Fieldset
      id={id}
      label={label}
      hint="Health tips, articles, infographics and videos need one to be approved."
      error={error}
    >
      {rows.length === 0 && <p className="muted">No citations yet.</p>}
      <ol className="content-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="content-row">
            <TextField
              id={`${id}-${row.key}-title`}
              label={`Source ${index + 1} title`}
              value={row.title}
              onChange={(title) => update(row.key, { title })}
            />
            <TextField
              id={`${id}-${row.key}-url`}
              label={`Source ${index + 1} address`}
              type="url"
              value={row.url}
              onChange={(url) => update(row.key, { url })}
            />
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove source ${index + 1}`}
              onClick={() => remove(row.key)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button ref={addButton} type="button" className="button" onClick={add}>
        Add citation
      </button>
    </Fieldset>
  );
}
