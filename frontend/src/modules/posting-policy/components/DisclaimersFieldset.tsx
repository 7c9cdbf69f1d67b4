import { FORMAT_OPTIONS } from '@/modules/content/utils/contentLabels';
import { MultiSelectCombobox } from '@/ui/form/MultiSelectCombobox';
import { RepeatableRows } from '@/ui/form/RepeatableRows';
import { TextAreaField } from '@/ui/form/TextAreaField';
import type { BoundField } from '@/ui/form/useFormFields';
import { newDisclaimerRow, type DisclaimerRow } from '../utils/postingPolicyFormValues';
import { disclaimerLabel, DISCLAIMER_LENGTH_MAX } from '../utils/validatePostingPolicyForm';

interface Props extends BoundField<DisclaimerRow[]> {
  /** The organisation's content topics. */
  topics: readonly string[];
}

/** Disclaimers an item's body must carry, each for some formats and topics (none chosen: every item). */
export function DisclaimersFieldset({ topics, ...field }: Props) {
  const topicOptions = topics.map((topic) => ({ value: topic, label: topic }));
  return (
    <RepeatableRows
      {...field}
      hint="Text the body must contain, checked when an item is submitted for review. Leave formats and topics empty for every item."
      emptyText="No disclaimers required."
      addLabel="Add disclaimer"
      newRow={() => newDisclaimerRow()}
      rowName={(index) => disclaimerLabel(index).toLowerCase()}
      listClassName="policy-rows"
      rowClassName="policy-row"
    >
      {(row, { index, id, update }) => (
        <>
          <TextAreaField
            id={`${id}-text`}
            label={`${disclaimerLabel(index)} text`}
            hint={`At most ${DISCLAIMER_LENGTH_MAX} characters.`}
            value={row.text}
            onChange={(text) => update({ text })}
            rows={2}
          />
          <div className="field-row">
            <MultiSelectCombobox
              id={`${id}-formats`}
              label={`${disclaimerLabel(index)} formats`}
              options={FORMAT_OPTIONS}
              value={row.formats}
              onChange={(formats) => update({ formats })}
              noun={['format', 'formats']}
            />
            <MultiSelectCombobox
              id={`${id}-topics`}
              label={`${disclaimerLabel(index)} topics`}
              options={topicOptions}
              value={row.topics}
              onChange={(chosen) => update({ topics: chosen })}
              noun={['topic', 'topics']}
              emptyMessage="No topics yet."
            />
          </div>
        </>
      )}
    </RepeatableRows>
  );
}
