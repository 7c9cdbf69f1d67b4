import type { RecordConsentInput } from '@/generated/graphql';
import type { ConsentFormValues } from './consentFormValues';

/** "Dr. Ana Ruiz\n\n  Sam Lee " → ["Dr. Ana Ruiz", "Sam Lee"]. */
export const splitLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const optional = (text: string) => text.trim() || null;

/**
 * The form as recordConsent takes it: blank optional text as null, the expiry the user chose
 * (date or event, not both), the representative's authority only for a representative, and the
 * remuneration statement and source only when a third party pays.
 */
export function buildRecordConsentInput(values: ConsentFormValues): RecordConsentInput {
  const representative = values.signerKind === 'REPRESENTATIVE';
  const paid = values.financialRemuneration;
  return {
    patient: {
      name: values.name.trim(),
      dateOfBirth: values.dateOfBirth || null,
      email: optional(values.email),
      phone: optional(values.phone),
    },
    informationDescription: optional(values.informationDescription),
    categories: values.categories,
    disclosedByOrganization: values.disclosedByOrganization,
    disclosingStaff: splitLines(values.disclosingStaff),
    channels: values.channels,
    purposes: values.purposeKinds.map((kind) => ({ kind, description: optional(values.purposeWords[kind] ?? '') })),
    expiresOn: values.expiryKind === 'DATE' ? values.expiresOn || null : null,
    expirationEvent: values.expiryKind === 'EVENT' ? optional(values.expirationEvent) : null,
    signature: {
      signerKind: values.signerKind,
      signerName: optional(values.signerName),
      signedOn: values.signedOn || null,
      representativeAuthority: representative ? optional(values.representativeAuthority) : null,
    },
    revocationInstructions: optional(values.revocationInstructions),
    acknowledgedStatements: values.acknowledged.filter((kind) => paid || kind !== 'REMUNERATION'),
    financialRemuneration: paid,
    remunerationSource: paid ? optional(values.remunerationSource) : null,
  };
}
