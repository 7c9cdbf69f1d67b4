import type { UserErrorCode, UserErrorFieldsFragment } from '@/generated/graphql';
import { CONSENT_FORM_FIELDS, type ConsentFormField } from './consentFormValues';

/** The element of the form each 164.508 code is about, for an error whose path names no field of the form. */
const SECTION_OF_CODE: Partial<Record<UserErrorCode, ConsentFormField>> = {
  HIPAA_164_508_C1_DESCRIPTION_MISSING: 'informationDescription',
  HIPAA_164_508_C1_DISCLOSER_MISSING: 'disclosers',
  HIPAA_164_508_C1_RECIPIENT_MISSING: 'channels',
  HIPAA_164_508_C1_PURPOSE_MISSING: 'purposes',
  HIPAA_164_508_C1_EXPIRATION_MISSING: 'expiry',
  HIPAA_164_508_C1_SIGNATURE_MISSING: 'signature',
  HIPAA_164_508_C2_STATEMENT_MISSING: 'acknowledgedStatements',
  HIPAA_164_508_A3_REMUNERATION_STATEMENT_MISSING: 'REMUNERATION',
};

const known = (segment: string): segment is ConsentFormField =>
  (CONSENT_FORM_FIELDS as readonly string[]).includes(segment);

/**
 * Where the record form shows a userError: the last element of its path the form knows
 * (["input", "signature", "signerName"] → signerName), else the section its 164.508 code names,
 * else nowhere in particular: null, for the form's error summary, so nothing is lost.
 */
export function consentErrorTarget(error: Pick<UserErrorFieldsFragment, 'field' | 'code'>): ConsentFormField | null {
  const byPath = (error.field ?? []).findLast(known);
  return byPath ?? SECTION_OF_CODE[error.code] ?? null;
}

/**
 * The userErrors with a path the form's generic mapping (mapUserErrors) understands: one it can
 * place is kept as it is (list positions and all); one placed by its code gets that field's path;
 * anything else loses its path and goes to the summary.
 */
export function routeConsentUserErrors(userErrors: readonly UserErrorFieldsFragment[]): UserErrorFieldsFragment[] {
  return userErrors.map((error) => {
    if ((error.field ?? []).some(known)) return error;
    const target = consentErrorTarget(error);
    return { ...error, field: target ? ['input', target] : null };
  });
}
