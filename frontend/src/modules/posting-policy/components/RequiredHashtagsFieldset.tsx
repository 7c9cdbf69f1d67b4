import { useEffect, useRef, useState } from 'react';
import { Fieldset } from '@/ui/form/Fieldset';
import { SelectField, type Option } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import type { BoundField } from '@/ui/form/useFormFields';
import { newHashtagsRow, type HashtagsRow } from '../utils/postingPolicyFormValues';
import { hashtagsRowLabel } from '../utils/validatePostingPolicyForm';

interface Props extends BoundField<HashtagsRow[]> {
  campaigns: readonly Option[];
}

/** Hashtags every channel text of a campaign's items must carry, one rule per campaign. */
export function RequiredHashtagsFieldset({ id, label, value: rows, onChange, error, campaigns }: Props) {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (addedKey) document.getElementById(`${id}-${addedKey}-campaign`)?.focus();
  }, [addedKey, id]);

  const update = (key: string, change: Partial<HashtagsRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    const row = newHashtagsRow();
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
      hint="Checked when an item of the campaign is submitted for review: every channel’s text must contain each hashtag."
      error={error}
    >
      {rows.length === 0 && <p className="muted">No hashtags required.</p>}
      <ol className="policy-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="policy-row policy-row--inline">
            <SelectField
              id={`${id}-${row.key}-campaign`}
              label={`${hashtagsRowLabel(index)}: campaign`}
              value={row.campaignId}
              emptyLabel="Choose a campaign"
              options={campaigns}
              onChange={(campaignId) => update(row.key, { campaignId })}
            />
            <TextField
              id={`${id}-${row.key}-hashtags`}
              label={`${hashtagsRowLabel(index)}: hashtags`}
              hint="Separated by spaces or commas, e.g. #FluShot #GetVaccinated"
              value={row.hashtags}
              onChange={(hashtags) => update(row.key, { hashtags })}
              autoComplete="off"
            />
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove ${hashtagsRowLabel(index).toLowerCase()}`}
              onClick={() => remove(row.key)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button ref={addButton} type="button" className="button" onClick={add}>
        Add campaign rule
      </button>
    </Fieldset>
  );
}
