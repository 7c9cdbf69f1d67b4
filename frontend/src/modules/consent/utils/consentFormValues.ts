import type {
  ConsentCategory,
  ConsentChannel,
  ConsentPurposeKind,
  ConsentSignerKind,
  ConsentStatementKind,
} from '@/generated/graphql';

export type ExpiryKind = 'DATE' | 'EVENT';

/** What the record form edits: strings as typed, lists as ticked. */
export interface ConsentFormValues {
  name: string;
  dateOfBirth: string;
  email: string;
  phone: string;
  informationDescription: string;
  categories: ConsentCategory[];
  disclosedByOrganization: boolean;
  /** One name per line. */
  disclosingStaff: string;
  channels: ConsentChannel[];
  purposeKinds: ConsentPurposeKind[];
  /** The purpose in the authorization's own words, by kind; sent for ticked kinds only. */
  purposeWords: Partial<Record<ConsentPurposeKind, string>>;
  expiryKind: ExpiryKind;
  expiresOn: string;
  expirationEvent: string;
  signerKind: ConsentSignerKind;
  signerName: string;
  signedOn: string;
  representativeAuthority: string;
  revocationInstructions: string;
  acknowledged: ConsentStatementKind[];
  financialRemuneration: boolean;
  remunerationSource: string;
}

/** The statements 164.508(c)(2) requires of every authorization; REMUNERATION only when a third party pays. */
export const REQUIRED_STATEMENTS = ['REVOCATION_RIGHT', 'TREATMENT_NOT_CONDITIONED', 'REDISCLOSURE'] as const;

/**
 * The names a field's label, DOM id and error go by: the server's own input names (the last
 * element of a userError's `field` path: ["input", "signature", "signerName"] → signerName;
 * ["input", "acknowledgedStatements", "REDISCLOSURE"] → REDISCLOSURE), and a fieldset per
 * element of the authorization for errors about the element as a whole.
 */
export const CONSENT_FORM_FIELDS = [
  'patient',
  'name',
  'dateOfBirth',
  'email',
  'phone',
  'informationDescription',
  'categories',
  'disclosers',
  'disclosedByOrganization',
  'disclosingStaff',
  'channels',
  'purposes',
  'expiry',
  'expiresOn',
  'expirationEvent',
  'signature',
  'signerKind',
  'signerName',
  'signedOn',
  'representativeAuthority',
  'acknowledgedStatements',
  'revocationInstructions',
  'REVOCATION_RIGHT',
  'TREATMENT_NOT_CONDITIONED',
  'REDISCLOSURE',
  'REMUNERATION',
  'financialRemuneration',
  'remunerationSource',
] as const;

export type ConsentFormField = (typeof CONSENT_FORM_FIELDS)[number];

export const CONSENT_FIELD_LABELS: Record<ConsentFormField, string> = {
  patient: 'Patient',
  name: 'Full name',
  dateOfBirth: 'Date of birth',
  email: 'Email',
  phone: 'Phone',
  informationDescription: 'Description of the information',
  categories: 'Kinds of information',
  disclosers: 'Who may disclose',
  disclosedByOrganization: 'The organisation as a whole',
  disclosingStaff: 'Named staff',
  channels: 'Who receives it',
  purposes: 'Purposes',
  expiry: 'Expiry',
  expiresOn: 'Expiration date',
  expirationEvent: 'Expiration event',
  signature: 'Signature',
  signerKind: 'Signed by',
  signerName: 'Signer’s name',
  signedOn: 'Signed on',
  representativeAuthority: 'Representative’s authority',
  acknowledgedStatements: 'Statements',
  revocationInstructions: 'How to revoke',
  REVOCATION_RIGHT: 'Right to revoke',
  TREATMENT_NOT_CONDITIONED: 'Treatment not conditioned',
  REDISCLOSURE: 'Redisclosure',
  REMUNERATION: 'Remuneration',
  financialRemuneration: 'A third party pays',
  remunerationSource: 'Who pays',
};

export const EMPTY_CONSENT_FORM: ConsentFormValues = {
  name: '',
  dateOfBirth: '',
  email: '',
  phone: '',
  informationDescription: '',
  categories: [],
  disclosedByOrganization: false,
  disclosingStaff: '',
  channels: [],
  purposeKinds: [],
  purposeWords: {},
  expiryKind: 'DATE',
  expiresOn: '',
  expirationEvent: '',
  signerKind: 'PATIENT',
  signerName: '',
  signedOn: '',
  representativeAuthority: '',
  revocationInstructions: '',
  acknowledged: [],
  financialRemuneration: false,
  remunerationSource: '',
};
