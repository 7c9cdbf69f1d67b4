import { Link } from 'react-router';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { TextField } from '@/ui/form/TextField';
import {
  CONSENT_REQUEST_FIELDS,
  CONSENT_REQUEST_LABELS,
  EMPTY_CONSENT_REQUEST_FORM,
  LINK_DAYS,
  validateConsentRequestForm,
  type ConsentRequestField,
  type ConsentRequestFormValues,
} from '../utils/consentRequestForm';
import { ConsentDisclosureSections } from './ConsentDisclosureSections';
import { ConsentExpirySection } from './ConsentExpirySection';
import { ConsentPatientSection } from './ConsentPatientSection';
import { ConsentPurposesSection } from './ConsentPurposesSection';
import { ConsentSection } from './ConsentSection';
import { ConsentStatementsSection } from './ConsentStatementsSection';
import '../styles/consent.css';

const fieldId = (field: ConsentRequestField) => `consent-${field}`;
const validate = (values: ConsentRequestFormValues) => validateConsentRequestForm(values);

interface Props {
  cancelTo: string;
  onSubmit: (values: ConsentRequestFormValues) => Promise<SubmitOutcome>;
}

/**
 * Every element of the authorization but what the patient gives when signing online (signature
 * and acknowledgements): the record form's own sections, and how long the signing link works.
 */
export function ConsentRequestForm({ cancelTo, onSubmit }: Props) {
  const form = useMutationForm({
    initialValues: EMPTY_CONSENT_REQUEST_FORM,
    fields: CONSENT_REQUEST_FIELDS,
    labels: CONSENT_REQUEST_LABELS,
    fieldId,
    validate,
    submit: onSubmit,
  });
  return (
    <form className="form consent-form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <ConsentPatientSection form={form} />
      <ConsentDisclosureSections form={form} />
      <ConsentPurposesSection form={form} />
      <ConsentExpirySection form={form} />
      <ConsentStatementsSection form={form} acknowledgements={false} />
      <ConsentSection
        id="consent-section-link"
        label="Signing link"
        hint="The patient confirms their date of birth, reads the authorization, ticks each statement and signs on their phone."
      >
        <TextField
          {...form.field('linkExpiresInDays')}
          label="Link works for (days)"
          type="number"
          inputMode="numeric"
          min={LINK_DAYS.min}
          max={LINK_DAYS.max}
          required
          hint={`From ${LINK_DAYS.min} to ${LINK_DAYS.max} days. The link works once.`}
          className="input input--short"
        />
      </ConsentSection>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Sending…' : 'Create signing link'}
        </button>
        <Link to={cancelTo} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
