import { useEffect, useState } from 'react';
import type { LivePollFieldsFragment } from '@/generated/graphql';
import { useMutationForm } from '@/modules/api/hooks/useMutationForm';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { RepeatableRows } from '@/ui/form/RepeatableRows';
import { TextField } from '@/ui/form/TextField';
import { useLaunchLivePoll } from '../hooks/useLaunchLivePoll';
import {
  emptyLivePollForm,
  LIVE_POLL_FORM_FIELDS,
  LIVE_POLL_LABELS,
  newPollOptionRow,
  POLL_OPTION_MAX,
  POLL_OPTIONS_MAX,
  POLL_OPTIONS_MIN,
  POLL_QUESTION_MAX,
  pollOptionLabel,
  validateLivePollForm,
  type LivePollFormField,
  type LivePollFormValues,
} from '../utils/livePollForm';

export const POLL_QUESTION_ID = 'poll-question';
const fieldId = (field: LivePollFormField) => (field === 'question' ? POLL_QUESTION_ID : `poll-${field}`);

/** The rows' keys are React's, not the poll's: a fresh form with nothing typed is unchanged. */
const sameValues = (a: LivePollFormValues, b: LivePollFormValues) =>
  a.question === b.question && a.options.map((o) => o.label).join('\n') === b.options.map((o) => o.label).join('\n');

interface Props {
  sessionId: string;
  onLaunched: (poll: LivePollFieldsFragment) => void;
  onCancel: () => void;
}

/** A question and its 2 to 6 choices, checked as the server will, then asked of the audience. */
export function LaunchPollForm({ sessionId, onLaunched, onCancel }: Props) {
  const [initialValues] = useState(emptyLivePollForm);
  const submit = useLaunchLivePoll(sessionId, onLaunched);
  const form = useMutationForm({
    initialValues,
    fields: LIVE_POLL_FORM_FIELDS,
    labels: LIVE_POLL_LABELS,
    fieldId,
    validate: validateLivePollForm,
    submit,
    isUnchanged: sameValues,
  });
  const { field } = form;
  const options = form.values.options;
  // Opened by New poll: the question is what to write first.
  useEffect(() => document.getElementById(POLL_QUESTION_ID)?.focus(), []);
  return (
    <form className="poll-launch" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <TextField
        {...field('question')}
        required
        autoComplete="off"
        hint={`What the audience answers, up to ${POLL_QUESTION_MAX} characters.`}
      />
      <RepeatableRows
        {...field('options')}
        hint={`${POLL_OPTIONS_MIN} to ${POLL_OPTIONS_MAX} choices of up to ${POLL_OPTION_MAX} characters, all different.`}
        emptyText="No choices yet."
        addLabel="Add choice"
        newRow={() => newPollOptionRow()}
        rowName={(index) => pollOptionLabel(index).toLowerCase()}
        removable={() => options.length > POLL_OPTIONS_MIN}
        maxRows={POLL_OPTIONS_MAX}
        listClassName="poll-launch__options"
        rowClassName="poll-launch__option"
      >
        {(row, { index, id, update }) => (
          <TextField
            id={`${id}-label`}
            label={pollOptionLabel(index)}
            value={row.label}
            onChange={(label) => update({ label })}
            autoComplete="off"
          />
        )}
      </RepeatableRows>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Launching…' : 'Launch poll'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
