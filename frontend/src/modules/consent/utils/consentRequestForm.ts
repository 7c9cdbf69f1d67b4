import type { RequestConsentInput } from '@/generated/graphql';
import { isoDay } from './consentDates';
import { buildRecordConsentInput } from './consentFormToInput';
import {
  CONSENT_FIELD_LABELS,
  CONSENT_FORM_FIELDS,
  EMPTY_CONSENT_FORM,
  type ConsentFormField,
  type ConsentFormValues,
} from './consentFormValues';
import { patientErrors, scopeErrors, termsErrors } from './validateConsentForm';

/** The record form's values, whose signature and acknowledgements the patient gives online, and how long the link works. */
export interface ConsentRequestFormValues extends ConsentFormValues {
  linkExpiresInDays: string;
}

export type ConsentRequestField = ConsentFormField | 'linkExpiresInDays';

export const CONSENT_REQUEST_FIELDS: readonly ConsentRequestField[] = [...CONSENT_FORM_FIELDS, 'linkExpiresInDays'];

export const CONSENT_REQUEST_LABELS: Record<ConsentRequestField, string> = {
  ...CONSENT_FIELD_LABELS,
  linkExpiresInDays: 'Link works for (days)',
};

export const LINK_DAYS = { min: 1, max: 30, default: 14 } as const;

export const EMPTY_CONSENT_REQUEST_FORM: ConsentRequestFormValues = {
  ...EMPTY_CONSENT_FORM,
  linkExpiresInDays: String(LINK_DAYS.default),
};

/** Every element requestConsent checks (recordConsent's, but the signature and acknowledgements), and the link's days. */
export function validateConsentRequestForm(
  values: ConsentRequestFormValues,
  now = new Date(),
): Partial<Record<ConsentRequestField, string>> {
  const today = isoDay(now);
  const errors: Partial<Record<ConsentRequestField, string>> = {};
  patientErrors(values, today, errors);
  scopeErrors(values, today, errors);
  termsErrors(values, errors);
  const days = Number(values.linkExpiresInDays.trim());
  if (!/^\d+$/.test(values.linkExpiresInDays.trim()) || days < LINK_DAYS.min || days > LINK_DAYS.max)
    errors.linkExpiresInDays = `Enter a whole number of days from ${LINK_DAYS.min} to ${LINK_DAYS.max}`;
  return errors;
}

/** The form as requestConsent takes it: the record form's input without what the patient gives when signing. */
export function buildRequestConsentInput(values: ConsentRequestFormValues): RequestConsentInput {
  const { signature: _signature, acknowledgedStatements: _acknowledged, ...terms } = buildRecordConsentInput(values);
  return { ...terms, linkExpiresInDays: Number(values.linkExpiresInDays.trim()) };
}
