import type { ReactNode } from 'react';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { Alert } from '@/ui/feedback/Alert';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import type { Option } from '@/ui/form/SelectField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import {
  POSTING_POLICY_FORM_FIELDS,
  samePostingPolicyValues,
  type PostingPolicyFormField,
  type PostingPolicyFormValues,
} from '../utils/postingPolicyFormValues';
import { validatePostingPolicyForm } from '../utils/validatePostingPolicyForm';
import { DisclaimersFieldset } from './DisclaimersFieldset';
import { RequiredHashtagsFieldset } from './RequiredHashtagsFieldset';
import '../styles/postingPolicy.css';

const FIELD_LABELS: Record<PostingPolicyFormField, string> = {
  text: 'Policy text',
  blockedPhrases: 'Blocked phrases',
  disclaimers: 'Required disclaimers',
  requiredHashtags: 'Hashtags required per campaign',
};

const ID = 'posting-policy';
const fieldId = (field: PostingPolicyFormField) => `${ID}-${field}`;

interface PostingPolicyFormProps {
  initialValues: PostingPolicyFormValues;
  onSubmit: (values: PostingPolicyFormValues) => Promise<SubmitOutcome>;
  /** The version a save writes: the one read, plus one. */
  nextVersion: number;
  campaigns: readonly Option[];
  topics: readonly string[];
  /** A save answered CONFLICT. */
  onConflict?: () => void;
  /** What is saved now, when the form starts from something else (see useMutationForm). */
  savedValues?: PostingPolicyFormValues;
  /** Drawn beside the submit button: a conflict notice for the values typed (ConflictResolution). */
  renderConflict?: (values: PostingPolicyFormValues) => ReactNode;
  /** The version this form just saved, if it did. */
  savedVersion?: number | null;
}

/** The policy's text and rules; every save is a new version that writers accept again. */
export function PostingPolicyForm({
  initialValues,
  nextVersion,
  savedVersion = null,
  ...props
}: PostingPolicyFormProps) {
  const form = useMutationForm({
    initialValues,
    fields: POSTING_POLICY_FORM_FIELDS,
    labels: FIELD_LABELS,
    fieldId,
    validate: validatePostingPolicyForm,
    submit: props.onSubmit,
    onConflict: props.onConflict,
    savedValues: props.savedValues,
    isUnchanged: samePostingPolicyValues,
  });
  const { field } = form;
  const showSaved = savedVersion !== null && !form.submitting && !form.conflict && form.summary.length === 0;

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      {showSaved && (
        <Alert tone="success" title={`Saved as version ${savedVersion}.`}>
          <p>Everyone who writes content, you included, must read and accept it before they next create content.</p>
        </Alert>
      )}
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <TextAreaField
        {...field('text')}
        required
        rows={12}
        hint="What everyone who writes content reads and accepts before they start. At most 20,000 characters."
      />
      <TextAreaField
        {...field('blockedPhrases')}
        rows={5}
        hint="One per line. No post may contain them, in capitals or not: for example “guaranteed cure” or “ask your doctor for”. Checked when an item is submitted for review."
      />
      <DisclaimersFieldset {...field('disclaimers')} topics={props.topics} />
      <RequiredHashtagsFieldset {...field('requiredHashtags')} campaigns={props.campaigns} />
      {props.renderConflict?.(form.values)}
      <p id={`${ID}-save-note`} className="policy-save-note">
        Saving makes version {nextVersion}. Everyone who writes content must then read and accept it before they next
        create content; the rules apply to items submitted for review from then on.
      </p>
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={form.submitting}
          aria-describedby={`${ID}-save-note`}
        >
          {form.submitting ? 'Saving…' : `Save as version ${nextVersion}`}
        </button>
      </div>
    </form>
  );
}
