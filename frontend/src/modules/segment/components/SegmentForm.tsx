import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { CHANNEL_OPTIONS } from '../utils/channelLabels';
import { SEGMENT_FORM_FIELDS, type SegmentFormField, type SegmentFormValues } from '../utils/segmentFormValues';
import { validateSegmentForm } from '../utils/validateSegmentForm';
import { SegmentAgeRangeFieldset } from './SegmentAgeRangeFieldset';

export const SEGMENT_FIELD_LABELS: Record<SegmentFormField, string> = {
  name: 'Name',
  description: 'Description',
  ageRange: 'Age range',
  min: 'Minimum age',
  max: 'Maximum age',
  locations: 'Locations',
  healthInterests: 'Health interests',
  languages: 'Languages',
  preferredChannels: 'Preferred channels',
};

const fieldId = (field: SegmentFormField) => `segment-${field}`;

interface SegmentFormProps {
  initialValues: SegmentFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: SegmentFormValues) => Promise<SubmitOutcome>;
  /** A save answered CONFLICT. */
  onConflict?: () => void;
  /** What is saved now, when the form starts from something else (see useMutationForm). */
  savedValues?: SegmentFormValues;
  /** Drawn beside the submit button: a conflict notice for the values typed (ConflictResolution). */
  renderConflict?: (values: SegmentFormValues) => ReactNode;
}

export function SegmentForm({ submitLabel, cancelTo, ...props }: SegmentFormProps) {
  const form = useMutationForm({
    initialValues: props.initialValues,
    fields: SEGMENT_FORM_FIELDS,
    labels: SEGMENT_FIELD_LABELS,
    fieldId,
    validate: validateSegmentForm,
    submit: props.onSubmit,
    onConflict: props.onConflict,
    savedValues: props.savedValues,
  });
  const { field } = form;
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <TextField {...field('name')} required autoComplete="off" />
      <TextAreaField {...field('description')} />
      <SegmentAgeRangeFieldset fields={form} />
      <TextAreaField {...field('locations')} hint="One per line, e.g. Riverside County, CA." />
      <TextAreaField
        {...field('healthInterests')}
        hint="One per line or separated by commas, e.g. diabetes, heart health."
      />
      <TextField
        {...field('languages')}
        hint="BCP 47 language tags separated by commas or spaces, e.g. en-US, es."
        autoComplete="off"
      />
      <CheckboxGroup {...field('preferredChannels')} options={CHANNEL_OPTIONS} />
      {props.renderConflict?.(form.values)}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : submitLabel}
        </button>
        <Link to={cancelTo} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
