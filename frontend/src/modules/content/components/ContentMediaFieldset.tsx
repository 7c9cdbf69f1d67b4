import { useEffect, useRef, useState } from 'react';
import { Fieldset } from '@/ui/form/Fieldset';
import { SelectField } from '@/ui/form/SelectField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import type { BoundField } from '@/ui/form/useFormFields';
import { isPicture, MEDIA_KIND_OPTIONS } from '../utils/contentLabels';
import { newMediaRow, type MediaRow } from '../utils/contentFormValues';

/** Media by address, each with what makes it accessible: alt text, or captions or a transcript. */
export function ContentMediaFieldset({ id, label, value: rows, onChange, error }: BoundField<MediaRow[]>) {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (addedKey) document.getElementById(`${id}-${addedKey}-kind`)?.focus();
  }, [addedKey, id]);

  const update = (key: string, change: Partial<MediaRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    const row = newMediaRow();
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
      hint="Images and infographics need alt text; videos and podcasts need captions or a transcript before review."
      error={error}
    >
      {rows.length === 0 && <p className="muted">No media yet.</p>}
      <ol className="content-rows">
        {rows.map((row, index) => {
          const n = index + 1;
          const rowId = `${id}-${row.key}`;
          return (
            <li key={row.key} className="content-row">
              <SelectField
                id={`${rowId}-kind`}
                label={`Kind of media ${n}`}
                value={row.kind}
                emptyLabel="Choose a kind"
                options={MEDIA_KIND_OPTIONS}
                onChange={(kind) => update(row.key, { kind })}
              />
              <TextField
                id={`${rowId}-url`}
                label={`Address of media ${n}`}
                type="url"
                value={row.url}
                onChange={(url) => update(row.key, { url })}
              />
              {isPicture(row.kind) && (
                <TextAreaField
                  id={`${rowId}-alt`}
                  label={`Alt text of media ${n}`}
                  value={row.altText}
                  onChange={(altText) => update(row.key, { altText })}
                />
              )}
              {row.kind && !isPicture(row.kind) && (
                <>
                  <TextField
                    id={`${rowId}-captions`}
                    label={`Captions address of media ${n}`}
                    type="url"
                    value={row.captionsUrl}
                    onChange={(captionsUrl) => update(row.key, { captionsUrl })}
                  />
                  <TextAreaField
                    id={`${rowId}-transcript`}
                    label={`Transcript of media ${n}`}
                    value={row.transcript}
                    onChange={(transcript) => update(row.key, { transcript })}
                  />
                </>
              )}
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Remove media ${n}`}
                onClick={() => remove(row.key)}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button ref={addButton} type="button" className="button" onClick={add}>
        Add media
      </button>
    </Fieldset>
  );
}
