import { useEffect, useRef, useState } from 'react';
import { FORMAT_OPTIONS } from '@/modules/content/utils/contentLabels';
import { Fieldset } from '@/ui/form/Fieldset';
import { MultiSelectCombobox } from '@/ui/form/MultiSelectCombobox';
import { TextAreaField } from '@/ui/form/TextAreaField';
import type { BoundField } from '@/ui/form/useFormFields';
import { newDisclaimerRow, type DisclaimerRow } from '../utils/postingPolicyFormValues';
import { disclaimerLabel, DISCLAIMER_LENGTH_MAX } from '../utils/validatePostingPolicyForm';

interface Props extends BoundField<DisclaimerRow[]> {
  /** The organisation's content topics. */
  topics: readonly string[];
}

/** Disclaimers an item's body must carry, each for some formats and topics (none chosen: every item). */
export function DisclaimersFieldset({ id, label, value: rows, onChange, error, topics }: Props) {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (addedKey) document.getElementById(`${id}-${addedKey}-text`)?.focus();
  }, [addedKey, id]);

  const update = (key: string, change: Partial<DisclaimerRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    const row = newDisclaimerRow();
    onChange([...rows, row]);
    setAddedKey(row.key);
  };
  const remove = (key: string) => {
    onChange(rows.filter((row) => row.key !== key));
    addButton.current?.focus();
  };
  const topicOptions = topics.map((topic) => ({ value: topic, label: topic }));

  return (
    <Fieldset
      id={id}
      label={label}
      hint="Text the body must contain, checked when an item is submitted for review. Leave formats and topics empty for every item."
      error={error}
    >
      {rows.length === 0 && <p className="muted">No disclaimers required.</p>}
      <ol className="policy-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="policy-row">
            <TextAreaField
              id={`${id}-${row.key}-text`}
              label={`${disclaimerLabel(index)} text`}
              hint={`At most ${DISCLAIMER_LENGTH_MAX} characters.`}
              value={row.text}
              onChange={(text) => update(row.key, { text })}
              rows={2}
            />
            <div className="field-row">
              <MultiSelectCombobox
                id={`${id}-${row.key}-formats`}
                label={`${disclaimerLabel(index)} formats`}
                options={FORMAT_OPTIONS}
                value={row.formats}
                onChange={(formats) => update(row.key, { formats })}
                noun={['format', 'formats']}
              />
              <MultiSelectCombobox
                id={`${id}-${row.key}-topics`}
                label={`${disclaimerLabel(index)} topics`}
                options={topicOptions}
                value={row.topics}
                onChange={(chosen) => update(row.key, { topics: chosen })}
                noun={['topic', 'topics']}
                emptyMessage="No topics yet."
              />
            </div>
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove ${disclaimerLabel(index).toLowerCase()}`}
              onClick={() => remove(row.key)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button ref={addButton} type="button" className="button" onClick={add}>
        Add disclaimer
      </button>
    </Fieldset>
  );
}
