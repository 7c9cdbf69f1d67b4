import type { ConsentSignerKind, ConsentStatementKind, SignConsentRequestInput } from '@/generated/graphql';
import { signatureImageProblem } from './signatureImage';

/** What the patient fills in on the signing page. */
export interface SigningFormValues {
  acknowledged: ConsentStatementKind[];
  signerKind: ConsentSignerKind;
  representativeAuthority: string;
  signerName: string;
  /** The drawn signature as a PNG data URL; empty until drawn. */
  signature: string;
}

export const EMPTY_SIGNING_FORM: SigningFormValues = {
  acknowledged: [],
  signerKind: 'PATIENT',
  representativeAuthority: '',
  signerName: '',
  signature: '',
};

/**
 * A field goes by the server's input name (the last element of a userError's path:
 * ["input", "acknowledgedStatements", "REDISCLOSURE"] → REDISCLOSURE), each statement by its kind.
 */
export const SIGNING_FIELDS = [
  'acknowledgedStatements',
  'REVOCATION_RIGHT',
  'TREATMENT_NOT_CONDITIONED',
  'REDISCLOSURE',
  'REMUNERATION',
  'signerKind',
  'representativeAuthority',
  'signerName',
  'signature',
] as const;

export type SigningField = (typeof SIGNING_FIELDS)[number];

export const SIGNING_LABELS: Record<SigningField, string> = {
  acknowledgedStatements: 'Statements',
  REVOCATION_RIGHT: 'Statement about taking back your permission',
  TREATMENT_NOT_CONDITIONED: 'Statement about your care',
  REDISCLOSURE: 'Statement about sharing again',
  REMUNERATION: 'Statement about payment',
  signerKind: 'I am',
  representativeAuthority: 'Your authority to act for the patient',
  signerName: 'Your full name',
  signature: 'Your signature',
};

/** Every statement the page shows must be ticked; a representative says what entitles them. */
export function validateSigningForm(
  values: SigningFormValues,
  statements: readonly ConsentStatementKind[],
): Partial<Record<SigningField, string>> {
  const errors: Partial<Record<SigningField, string>> = {};
  for (const kind of statements)
    if (!values.acknowledged.includes(kind)) errors[kind] = 'Tick the box to confirm you have read this statement';
  if (values.signerKind === 'REPRESENTATIVE' && !values.representativeAuthority.trim())
    errors.representativeAuthority = 'Say what allows you to act for the patient, for example parent or legal guardian';
  if (!values.signerName.trim()) errors.signerName = 'Type your full name';
  const signatureProblem = signatureImageProblem(values.signature);
  if (signatureProblem) errors.signature = signatureProblem;
  return errors;
}

/** The form as signConsentRequest takes it, with the link's token and the confirmed date of birth. */
export function buildSignInput(
  values: SigningFormValues,
  link: { token: string; dateOfBirth: string },
  statements: readonly ConsentStatementKind[],
): SignConsentRequestInput {
  const representative = values.signerKind === 'REPRESENTATIVE';
  return {
    token: link.token,
    dateOfBirth: link.dateOfBirth,
    signerKind: values.signerKind,
    signerName: values.signerName.trim(),
    representativeAuthority: representative ? values.representativeAuthority.trim() : null,
    signature: values.signature,
    acknowledgedStatements: statements.filter((kind) => values.acknowledged.includes(kind)),
  };
}
