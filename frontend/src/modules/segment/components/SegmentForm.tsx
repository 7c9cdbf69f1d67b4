import { Link } from 'react-router';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { ConflictNotice } from '@/ui/feedback/ConflictNotice';
import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { CHANNEL_OPTIONS } from '../utils/channelLabels';
import { SEGMENT_FORM_FIELDS, type SegmentFormField, type SegmentFormValues } from '../utils/segmentFormValues';
import { validateSegmentForm } from '../utils/validateSegmentForm';
import { SegmentAgeRangeFieldset } from './SegmentAgeRangeFieldset';

const FIELD_LABELS: Record<SegmentFormField, string> = {
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
  onReload?: () => void;
}

export function SegmentForm({ initialValues, submitLabel, cancelTo, onSubmit, onReload }: SegmentFormProps) {
  const form = useMutationForm({
    initialValues: initialValues,
    fields: SEGMENT_FORM_FIELDS,
    labels: FIELD_LABELS,
    fieldId,
    validate: validateSegmentForm,
    submit: onSubmit,
  });
  const { values, set, fieldErrors: errors } = form;
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      {form.conflict && onReload && <ConflictNotice what="segment" onReload={onReload} />}
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <TextField
        id={fieldId('name')}
        label="Name"
        required
        autoComplete="off"
        value={values.name}
        onChange={set('name')}
        error={errors.name}
      />
      <TextAreaField
        id={fieldId('description')}
        label="Description"
        value={values.description}
        onChange={set('description')}
        error={errors.description}
      />
      <SegmentAgeRangeFieldset
        idPrefix="segment"
        min={values.ageMin}
        max={values.ageMax}
        onMinChange={set('ageMin')}
        onMaxChange={set('ageMax')}
        errors={{ ageRange: errors.ageRange, min: errors.min, max: errors.max }}
      />
      <TextAreaField
        id={fieldId('locations')}
        label="Locations"
        hint="One per line, e.g. Riverside County, CA."
        value={values.locations}
        onChange={set('locations')}
        error={errors.locations}
      />
      <TextAreaField
        id={fieldId('healthInterests')}
        label="Health interests"
        hint="One per line or separated by commas, e.g. diabetes, heart health."
        value={values.healthInterests}
        onChange={set('healthInterests')}
        error={errors.healthInterests}
      />
      <TextField
        id={fieldId('languages')}
        label="Languages"
        hint="BCP 47 language tags separated by commas or spaces, e.g. en-US, es."
        autoComplete="off"
        value={values.languages}
        onChange={set('languages')}
        error={errors.languages}
      />
      <CheckboxGroup
        id={fieldId('preferredChannels')}
        legend="Preferred channels"
        options={CHANNEL_OPTIONS}
        value={values.preferredChannels}
        onChange={set('preferredChannels')}
        error={errors.preferredChannels}
      />
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
