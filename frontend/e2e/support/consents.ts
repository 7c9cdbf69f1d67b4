import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { graphql, otherUsersToken } from './api.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** A calendar day `days` from today, in this machine's (and the browser's) time zone. */
export const dayFromToday = (days = 0) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** A made-up patient of letters only, new on each run, so a search by name and birth date finds one consent. */
export function madeUpPatient(): { name: string; dateOfBirth: string } {
  const letters = Date.now()
    .toString(26)
    .split('')
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 26)))
    .join('');
  return { name: `Jane ${letters.charAt(0).toUpperCase()}${letters.slice(1)}`, dateOfBirth: '1980-04-02' };
}

/** Every element of a valid authorization, as recordConsent takes it. */
export const completeConsentInput = (patient: { name: string; dateOfBirth: string }) => ({
  patient,
  informationDescription: 'Her recovery story and two photos taken on the ward.',
  categories: ['STORY', 'PHOTO'],
  disclosedByOrganization: true,
  channels: ['FACEBOOK', 'INSTAGRAM'],
  purposes: [{ kind: 'AWARENESS' }],
  expiresOn: dayFromToday(365),
  signature: { signerKind: 'PATIENT', signerName: patient.name, signedOn: dayFromToday(0) },
  revocationInstructions: 'Write to the Privacy Office, 1 River Road, Riverside.',
  acknowledgedStatements: ['REVOCATION_RIGHT', 'TREATMENT_NOT_CONDITIONED', 'REDISCLOSURE'],
});

const RECORD = `mutation($input: RecordConsentInput!) {
  recordConsent(input: $input) { consent { id number label } userErrors { field code message } }
}`;

export interface RecordedConsent {
  id: string;
  number: string;
  label: string;
}

/** Records a consent straight through the API, as a Riverside compliance officer. */
export async function recordConsentThroughApi(
  request: APIRequestContext,
  patient = madeUpPatient(),
): Promise<RecordedConsent & { patient: typeof patient }> {
  const token = await otherUsersToken(request, 'COMPLIANCE_OFFICER');
  const data = await graphql<{
    recordConsent: { consent: RecordedConsent | null; userErrors: unknown[] };
  }>(request, token, RECORD, { input: completeConsentInput(patient) });
  expect(data.recordConsent.userErrors).toEqual([]);
  return { ...data.recordConsent.consent!, patient };
}

/** Fills the record form with every element of a valid authorization for this patient. */
export async function fillCompleteConsent(page: Page, patient: { name: string; dateOfBirth: string }) {
  const patientSection = page.getByRole('group', { name: 'Patient' });
  await patientSection.getByLabel('Full name').fill(patient.name);
  await patientSection.getByLabel('Date of birth').fill(patient.dateOfBirth);
  await page.getByLabel('Description of the information').fill('Her recovery story and two photos from the ward.');
  const kinds = page.getByRole('group', { name: 'Kinds of information' });
  await kinds.getByRole('checkbox', { name: 'Story' }).check();
  await kinds.getByRole('checkbox', { name: 'Photo' }).check();
  await page.getByRole('checkbox', { name: 'The organisation as a whole may disclose' }).check();
  await page.getByRole('group', { name: 'Channels' }).getByRole('checkbox', { name: 'Instagram' }).check();
  await page.getByRole('group', { name: 'Purposes' }).getByRole('checkbox', { name: 'Awareness' }).check();
  await page.getByLabel('Expiration date').fill(dayFromToday(365));
  await page.getByLabel('Signer’s name').fill(patient.name);
  await page.getByLabel('Signed on').fill(dayFromToday(0));
  await page.getByLabel('How to revoke').fill('Write to the Privacy Office, 1 River Road, Riverside.');
  await page.getByRole('checkbox', { name: /may revoke this authorization in writing/ }).check();
  await page.getByRole('checkbox', { name: /do not depend on signing/ }).check();
  await page.getByRole('checkbox', { name: /may be shared again/ }).check();
}
