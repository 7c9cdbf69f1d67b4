import type { ReactNode } from 'react';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { Alert } from '@/ui/feedback/Alert';
import { CheckboxField } from '@/ui/form/CheckboxField';
import { Fieldset } from '@/ui/form/Fieldset';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { TextField } from '@/ui/form/TextField';
import { PRIORITIES, WEBSITE_FORM_EXPLANATION } from '../utils/feedbackLabels';
import {
  FEEDBACK_SETTINGS_FORM_FIELDS,
  FEEDBACK_SETTINGS_LABELS,
  validateFeedbackSettingsForm,
  type FeedbackSettingsFormField,
  type FeedbackSettingsFormValues,
} from '../utils/feedbackSettingsForm';

const fieldId = (field: FeedbackSettingsFormField) => `inbox-settings-${field}`;

interface Props {
  initialValues: FeedbackSettingsFormValues;
  savedValues?: FeedbackSettingsFormValues;
  onSubmit: (values: FeedbackSettingsFormValues) => Promise<SubmitOutcome>;
  onConflict?: () => void;
  renderConflict?: (values: FeedbackSettingsFormValues) => ReactNode;
  /** The organisation's slug, which the website form sends. */
  slug: string;
  saved?: boolean;
}

export function FeedbackSettingsForm({ initialValues, saved = false, slug, ...props }: Props) {
  const form = useMutationForm({
    initialValues,
    fields: FEEDBACK_SETTINGS_FORM_FIELDS,
    labels: FEEDBACK_SETTINGS_LABELS,
    fieldId,
    validate: validateFeedbackSettingsForm,
    submit: props.onSubmit,
    onConflict: props.onConflict,
    savedValues: props.savedValues,
  });
  const { field } = form;
  const showSaved = saved && !form.submitting && !form.conflict && form.summary.length === 0;
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      {showSaved && <Alert tone="success">Inbox settings saved.</Alert>}
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <Fieldset
        id="inbox-settings-first-response"
        label="First reply due within"
        hint="Minutes from the patient’s first message to the first staff reply, by priority: 60 is an hour, 1440 a day. A thread past its time is marked overdue in the inbox."
      >
        <div className="first-response-times">
          {PRIORITIES.map((priority) => (
            <TextField
              key={priority}
              {...field(priority)}
              required
              inputMode="numeric"
              autoComplete="off"
              className="input input--short"
            />
          ))}
        </div>
      </Fieldset>
      <CheckboxField
        {...field('websiteForm')}
        hint={`${WEBSITE_FORM_EXPLANATION} Your form sends the organisation name “${slug}”.`}
      />
      {props.renderConflict?.(form.values)}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : 'Save inbox settings'}
        </button>
      </div>
    </form>
  );
}
