import type { ConsentDetailFragment, ConsentSummaryFragment } from '@/generated/graphql';
import { EMPTY_CONSENT_FORM, type ConsentFormValues } from '../utils/consentFormValues';

/** A record form filled in with every element 164.508 requires (the patient is made up). */
export const completeConsent = (overrides: Partial<ConsentFormValues> = {}): ConsentFormValues => ({
  ...EMPTY_CONSENT_FORM,
  name: 'Jane Doe',
  dateOfBirth: '1980-04-02',
  informationDescription: 'Her recovery story and two photos from the ward.',
  categories: ['STORY', 'PHOTO'],
  disclosedByOrganization: true,
  channels: ['FACEBOOK'],
  purposeKinds: ['AWARENESS'],
  expiresOn: '2027-06-30',
  signerName: 'Jane Doe',
  signedOn: '2026-06-14',
  revocationInstructions: 'Write to the Privacy Office, 1 River Road.',
  acknowledged: ['REVOCATION_RIGHT', 'TREATMENT_NOT_CONDITIONED', 'REDISCLOSURE'],
  ...overrides,
});

export const consentSummary = (overrides: Partial<ConsentSummaryFragment> = {}): ConsentSummaryFragment => ({
  id: 'Q29uc2VudDox',
  number: 'C-2026-0042',
  label: 'C-2026-0042 · Story, Photo · Facebook',
  status: 'ACTIVE',
  categories: ['STORY', 'PHOTO'],
  channels: ['FACEBOOK'],
  purposes: [{ kind: 'AWARENESS' }],
  expiresOn: '2027-06-30',
  financialRemuneration: false,
  createdAt: '2026-06-14T09:00:00Z',
  updatedAt: '2026-06-14T09:00:00Z',
  version: 1,
  ...overrides,
});

export const consentDetail = (overrides: Partial<ConsentDetailFragment> = {}): ConsentDetailFragment => ({
  ...consentSummary(),
  purposes: [{ kind: 'AWARENESS', description: 'Flu awareness month' }],
  informationDescription: 'Her recovery story and two photos from the ward.',
  expirationEvent: null,
  disclosedByOrganization: true,
  disclosingStaff: [],
  remunerationSource: null,
  statements: [
    { kind: 'REVOCATION_RIGHT', text: 'You can take back this permission at any time.', acknowledged: true },
    { kind: 'TREATMENT_NOT_CONDITIONED', text: 'Your care does not depend on this form.', acknowledged: true },
    { kind: 'REDISCLOSURE', text: 'Others may share it again.', acknowledged: true },
  ],
  patient: {
    subjectId: 'subj-1',
    name: 'Jane Doe',
    dateOfBirth: '1980-04-02',
    email: 'jane@example.org',
    phone: null,
  },
  signature: { signerKind: 'PATIENT', signerName: 'Jane Doe', signedOn: '2026-06-14', representativeAuthority: null },
  document: null,
  revocation: null,
  recordedBy: { id: 'user-4', name: 'Samuel Okafor', email: 'compliance@riverside.example' },
  retainedUntil: null,
  ...overrides,
});
