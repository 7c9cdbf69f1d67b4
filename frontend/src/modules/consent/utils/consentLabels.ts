import type {
  ConsentCategory,
  ConsentChannel,
  ConsentPurposeKind,
  ConsentRevocationMethod,
  ConsentSignerKind,
  ConsentStatementKind,
  ConsentStatus,
} from '@/generated/graphql';
import type { BadgeTone } from '@/ui/data-display/Badge';
import type { Option } from '@/ui/form/SelectField';

// Each table is typed by a generated enum: a value added to the schema fails the build until labelled.
export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

export const CONSENT_STATUS_TONES: Record<ConsentStatus, BadgeTone> = {
  ACTIVE: 'success',
  EXPIRED: 'muted',
  REVOKED: 'warning',
};

export const CATEGORY_LABELS: Record<ConsentCategory, string> = {
  NAME: 'Name',
  PHOTO: 'Photo',
  VIDEO: 'Video',
  VOICE: 'Voice',
  STORY: 'Story',
  CONDITION: 'Condition',
  TREATMENT: 'Treatment',
  AGE: 'Age',
  LOCATION: 'Location',
};

export const CONSENT_CHANNEL_LABELS: Record<ConsentChannel, string> = {
  FACEBOOK: 'Facebook',
  INSTAGRAM: 'Instagram',
  X: 'X',
  LINKEDIN: 'LinkedIn',
  YOUTUBE: 'YouTube',
  TIKTOK: 'TikTok',
  WEBSITE: 'Our website',
  PRINT: 'Print',
};

export const PURPOSE_LABELS: Record<ConsentPurposeKind, string> = {
  MARKETING: 'Marketing',
  EDUCATION: 'Education',
  AWARENESS: 'Awareness',
  FUNDRAISING: 'Fundraising',
};

export const SIGNER_KIND_LABELS: Record<ConsentSignerKind, string> = {
  PATIENT: 'The patient',
  REPRESENTATIVE: 'A personal representative',
};

export const REVOCATION_METHOD_LABELS: Record<ConsentRevocationMethod, string> = {
  LETTER: 'Letter',
  EMAIL: 'Email',
  SIGNED_FORM: 'Form signed in person',
  ONLINE: 'Online revocation link',
};

/** What the patient acknowledges, as the form's checkbox says it. */
export const STATEMENT_LABELS: Record<ConsentStatementKind, string> = {
  REVOCATION_RIGHT: 'The patient may revoke this authorization in writing, as described above',
  TREATMENT_NOT_CONDITIONED: 'Treatment, payment, enrollment and eligibility do not depend on signing',
  REDISCLOSURE: 'Information disclosed may be shared again by those who receive it and no longer be protected',
  REMUNERATION: 'A third party pays the organisation for this marketing',
};

const toOptions = <V extends string>(labels: Record<V, string>): Option<V>[] =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

export const CONSENT_STATUS_OPTIONS = toOptions(CONSENT_STATUS_LABELS);
export const CATEGORY_OPTIONS = toOptions(CATEGORY_LABELS);
export const CONSENT_CHANNEL_OPTIONS = toOptions(CONSENT_CHANNEL_LABELS);
export const PURPOSE_OPTIONS = toOptions(PURPOSE_LABELS);
export const SIGNER_KIND_OPTIONS = toOptions(SIGNER_KIND_LABELS);
export const REVOCATION_METHOD_OPTIONS = toOptions(REVOCATION_METHOD_LABELS);

const isIn =
  <V extends string>(labels: Record<V, string>) =>
  (value: string | null): value is V =>
    value !== null && Object.hasOwn(labels, value);

export const isConsentStatus = isIn(CONSENT_STATUS_LABELS);
export const isConsentCategory = isIn(CATEGORY_LABELS);
export const isConsentChannel = isIn(CONSENT_CHANNEL_LABELS);
export const isPurposeKind = isIn(PURPOSE_LABELS);

export const labelsOf = <V extends string>(labels: Record<V, string>, values: readonly V[]) =>
  values.map((value) => labels[value]);
