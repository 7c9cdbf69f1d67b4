import type { ConsentRevocationMethod, RevokeConsentInput } from '@/generated/graphql';
import { dateTimeInputValue, instantOf, isoDay } from './consentDates';

export interface RevocationValues {
  /** datetime-local, the reader's time zone. */
  receivedAt: string;
  method: ConsentRevocationMethod | '';
  reason: string;
}

export const REVOCATION_FIELDS = ['receivedAt', 'method', 'reason'] as const;
export type RevocationField = (typeof REVOCATION_FIELDS)[number];

export const REVOCATION_LABELS: Record<RevocationField, string> = {
  receivedAt: 'Received at',
  method: 'How it arrived',
  reason: 'Reason',
};

export const newRevocation = (now = new Date()): RevocationValues => ({
  receivedAt: dateTimeInputValue(now),
  method: '',
  reason: '',
});

/** The server's rules for a revocation (RevokeConsentInput), in the form's words. */
export function validateRevocation(
  values: RevocationValues,
  signedOn: string | undefined,
  now = new Date(),
): Partial<Record<RevocationField, string>> {
  const errors: Partial<Record<RevocationField, string>> = {};
  const at = instantOf(values.receivedAt);
  if (!at) errors.receivedAt = 'Enter when the written revocation was received';
  else if (new Date(at).getTime() > now.getTime() + 60_000) errors.receivedAt = 'Received at must not be in the future';
  else if (signedOn && isoDay(new Date(at)) < signedOn)
    errors.receivedAt = 'Received at must be on or after the day the consent was signed';
  if (!values.method) errors.method = 'Choose how the revocation arrived';
  return errors;
}

export function buildRevokeConsentInput(consentId: string, values: RevocationValues): RevokeConsentInput {
  return {
    consentId,
    receivedAt: instantOf(values.receivedAt) ?? values.receivedAt,
    method: values.method as ConsentRevocationMethod,
    reason: values.reason.trim() || null,
  };
}
