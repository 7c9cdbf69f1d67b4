import { Link } from 'react-router';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import {
  CONSENT_FIELD_LABELS,
  CONSENT_FORM_FIELDS,
  EMPTY_CONSENT_FORM,
  type ConsentFormField,
  type ConsentFormValues,
} from '../utils/consentFormValues';
import { validateConsentForm } from '../utils/validateConsentForm';
import { ConsentDisclosureSections } from './ConsentDisclosureSections';
import { ConsentExpirySection } from './ConsentExpirySection';
import { ConsentPatientSection } from './ConsentPatientSection';
import { ConsentPurposesSection } from './ConsentPurposesSection';
import { ConsentSignatureSection } from './ConsentSignatureSection';
import { ConsentStatementsSection } from './ConsentStatementsSection';
import '../styles/consent.css';

const fieldId = (field: ConsentFormField) => `consent-${field}`;
const validate = (values: ConsentFormValues) => validateConsentForm(values);

interface Props {
  cancelTo: string;
  onSubmit: (values: ConsentFormValues) => Promise<SubmitOutcome>;
  initialValues?: ConsentFormValues;
}

/**
 * Records a signed authorization, walking through every element 45 CFR 164.508 requires, one
 * fieldset each. Missing elements are named beside their fields (and in the summary, which takes
 * focus) before the server is asked; the server's own refusals land in the same places.
 */
export function ConsentForm({ cancelTo, onSubmit, initialValues = EMPTY_CONSENT_FORM }: Props) {
  const form = useMutationForm({
    initialValues,
    fields: CONSENT_FORM_FIELDS,
    labels: CONSENT_FIELD_LABELS,
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
      <ConsentSignatureSection form={form} />
      <ConsentStatementsSection form={form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Recording…' : 'Record consent'}
        </button>
        <Link to={cancelTo} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
