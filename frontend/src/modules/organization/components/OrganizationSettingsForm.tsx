import { useMemo, type ReactNode } from 'react';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { Alert } from '@/ui/feedback/Alert';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { RadioGroup } from '@/ui/form/RadioGroup';
import { SelectField } from '@/ui/form/SelectField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import {
  ORGANIZATION_SETTINGS_FORM_FIELDS,
  type OrganizationSettingsFormField,
  type OrganizationSettingsFormValues,
} from '../utils/organizationSettingsFormValues';
import { MISSED_PUBLICATION_OPTIONS, QUESTION_RETENTION_EXPLANATION } from '../utils/organizationSettingsLabels';
import { POSTING_TARGET_LABELS } from '../utils/postingTargets';
import { timeZoneOptions } from '../utils/timeZoneOptions';
import {
  MAX_QUESTION_RETENTION_DAYS,
  validateOrganizationSettingsForm,
} from '../utils/validateOrganizationSettingsForm';
import { PostingTargetsFieldset } from './PostingTargetsFieldset';

const FIELD_LABELS: Record<OrganizationSettingsFormField, string> = {
  timezone: 'Time zone',
  questionRetentionDays: 'Keep participants’ text for (days)',
  reviewValidityDays: 'Approvals valid for (days)',
  phiAllowList: 'Our own contact details and clinicians',
  missedPublications: 'A scheduled post missed while publishing was stopped',
  ...POSTING_TARGET_LABELS,
};

const ID = 'organization-settings';
// "postingTargets.X" → organization-settings-postingTargets-X: an id a CSS selector takes as it is.
const fieldId = (field: OrganizationSettingsFormField) => `${ID}-${field.replace('.', '-')}`;

interface OrganizationSettingsFormProps {
  initialValues: OrganizationSettingsFormValues;
  onSubmit: (values: OrganizationSettingsFormValues) => Promise<SubmitOutcome>;
  /** A save answered CONFLICT. */
  onConflict?: () => void;
  /** What is saved now, when the form starts from something else (see useMutationForm). */
  savedValues?: OrganizationSettingsFormValues;
  /** Drawn beside the submit button: a conflict notice for the values typed (ConflictResolution). */
  renderConflict?: (values: OrganizationSettingsFormValues) => ReactNode;
  /** The settings shown were just saved from this form. */
  saved?: boolean;
}

export function OrganizationSettingsForm({ initialValues, saved = false, ...props }: OrganizationSettingsFormProps) {
  const form = useMutationForm({
    initialValues,
    fields: ORGANIZATION_SETTINGS_FORM_FIELDS,
    labels: FIELD_LABELS,
    fieldId,
    validate: validateOrganizationSettingsForm,
    submit: props.onSubmit,
    onConflict: props.onConflict,
    savedValues: props.savedValues,
  });
  const { field } = form;
  // The saved zone stays choosable even when this browser does not list it.
  const zones = useMemo(() => timeZoneOptions(initialValues.timezone), [initialValues.timezone]);
  const showSaved = saved && !form.submitting && !form.conflict && form.summary.length === 0;

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      {showSaved && <Alert tone="success">Settings saved.</Alert>}
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <SelectField
        {...field('timezone')}
        hint="Times told to your audience, such as when a live Q&A opens, are given in this time zone."
        required
        options={zones}
      />
      <TextField
        {...field('questionRetentionDays')}
        hint={`${QUESTION_RETENTION_EXPLANATION} From 1 to ${MAX_QUESTION_RETENTION_DAYS}.`}
        required
        inputMode="numeric"
        autoComplete="off"
        className="input input--short"
      />
      <TextField
        {...field('reviewValidityDays')}
        hint={`A content approval older than this must be renewed before the item is scheduled or published. From 1 to ${MAX_QUESTION_RETENTION_DAYS}.`}
        required
        inputMode="numeric"
        autoComplete="off"
        className="input input--short"
      />
      <TextAreaField
        {...field('phiAllowList')}
        hint="One per line: your organisation’s phone numbers, addresses, web domains and clinicians’ names. The PHI check does not flag them in your posts."
        rows={5}
      />
      <RadioGroup
        {...field('missedPublications')}
        hint="If publishing stops (an outage, an update) when a post is due, the post is more than five minutes late when it resumes. Choose “do not publish” for time-bound posts such as event reminders."
        options={MISSED_PUBLICATION_OPTIONS}
      />
      <PostingTargetsFieldset id={`${ID}-postingTargets`} field={field} />
      {props.renderConflict?.(form.values)}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
