import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { SAVED_REPLIES_PATH } from '../utils/feedbackPaths';
import {
  SAVED_REPLY_FORM_FIELDS,
  SAVED_REPLY_TEXT_MAX,
  validateSavedReplyForm,
  type SavedReplyFormField,
  type SavedReplyFormValues,
} from '../utils/savedReplyForm';
import { HIPAA_SAFE_TAG, TAGS_MAX } from '../utils/tags';

const LABELS: Record<SavedReplyFormField, string> = { title: 'Title', text: 'Reply', tags: 'Tags' };
const fieldId = (field: SavedReplyFormField) => `saved-reply-${field}`;

interface Props {
  initialValues: SavedReplyFormValues;
  submitLabel: string;
  onSubmit: (values: SavedReplyFormValues) => Promise<SubmitOutcome>;
  onConflict?: () => void;
  savedValues?: SavedReplyFormValues;
  /** Drawn beside the submit button: a conflict notice for the values typed (ConflictResolution). */
  renderConflict?: (values: SavedReplyFormValues) => ReactNode;
}

export function SavedReplyForm(props: Props) {
  const form = useMutationForm({
    initialValues: props.initialValues,
    fields: SAVED_REPLY_FORM_FIELDS,
    labels: LABELS,
    fieldId,
    validate: validateSavedReplyForm,
    submit: props.onSubmit,
    onConflict: props.onConflict,
    savedValues: props.savedValues,
  });
  const { field } = form;
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <TextField
        {...field('title')}
        required
        hint="For your colleagues, never sent: e.g. “Thanks for a 5-star review”."
      />
      <TextAreaField
        {...field('text')}
        required
        rows={6}
        hint={`What the patient reads, up to ${SAVED_REPLY_TEXT_MAX.toLocaleString('en-US')} characters. The reply guard checks it again each time it is sent.`}
      />
      <TextField
        {...field('tags')}
        autoComplete="off"
        hint={`Separated by commas, up to ${TAGS_MAX}: e.g. review, positive, ${HIPAA_SAFE_TAG}.`}
      />
      {props.renderConflict?.(form.values)}
      <div className="form__actions button-row">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : props.submitLabel}
        </button>
        <Link to={SAVED_REPLIES_PATH} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
