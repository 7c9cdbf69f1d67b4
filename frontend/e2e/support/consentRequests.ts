import { readFile } from 'node:fs/promises';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { graphql, otherUsersToken } from './api.ts';
import { completeConsentInput, dayFromToday, madeUpPatient } from './consents.ts';
import { API_URL } from './urls.ts';

export type Patient = ReturnType<typeof madeUpPatient>;

/** A phone: what a patient opens the link on. */
export const PHONE = { width: 390, height: 844 } as const;

/** A 1 × 1 PNG, for signing straight through the API. */
const DOT_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Every element of a valid authorization but what the patient gives when signing, as requestConsent takes it. */
export function requestConsentInput(patient: Patient) {
  const { signature: _signature, acknowledgedStatements: _acknowledged, ...terms } = completeConsentInput(patient);
  return { ...terms, linkExpiresInDays: 7 };
}

const REQUEST = `mutation($input: RequestConsentInput!) {
  requestConsent(input: $input) { consentRequest { id } signingLink userErrors { field code message } }
}`;

/** Sends a request straight through the API, as a Riverside compliance officer: its ID and the signing link. */
export async function requestConsentThroughApi(request: APIRequestContext, patient = madeUpPatient()) {
  const token = await otherUsersToken(request, 'COMPLIANCE_OFFICER');
  const data = await graphql<{
    requestConsent: { consentRequest: { id: string } | null; signingLink: string | null; userErrors: unknown[] };
  }>(request, token, REQUEST, { input: requestConsentInput(patient) });
  expect(data.requestConsent.userErrors).toEqual([]);
  return { id: data.requestConsent.consentRequest!.id, signingLink: data.requestConsent.signingLink!, patient };
}

/** The token in a link's fragment. */
export const tokenOf = (link: string) => new URL(link).hash.slice(1);

/** Runs a public operation as the patient's phone would: no token at all. */
async function publicGraphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>) {
  const response = await request.post(`${API_URL}/graphql`, { data: { query, variables } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data as T;
}

const SIGN = `mutation($input: SignConsentRequestInput!) {
  signConsentRequest(input: $input) { label revocationLink userErrors { field code message } }
}`;

/** Signs a request straight through the API, as the patient: the consent's label and the revocation link. */
export async function signThroughApi(request: APIRequestContext, signingLink: string, patient: Patient) {
  const data = await publicGraphql<{
    signConsentRequest: { label: string | null; revocationLink: string | null; userErrors: unknown[] };
  }>(request, SIGN, {
    input: {
      token: tokenOf(signingLink),
      dateOfBirth: patient.dateOfBirth,
      signerKind: 'PATIENT',
      signerName: patient.name,
      signature: DOT_PNG,
      acknowledgedStatements: ['REVOCATION_RIGHT', 'TREATMENT_NOT_CONDITIONED', 'REDISCLOSURE'],
    },
  });
  expect(data.signConsentRequest.userErrors).toEqual([]);
  return { label: data.signConsentRequest.label!, revocationLink: data.signConsentRequest.revocationLink! };
}

/** The consent a request was signed into, as compliance staff read it. */
export async function signedConsentOf(request: APIRequestContext, requestId: string) {
  const token = await otherUsersToken(request, 'COMPLIANCE_OFFICER');
  const data = await graphql<{ node: { status: string; consent: { id: string; label: string } | null } }>(
    request,
    token,
    'query($id: ID!) { node(id: $id) { ... on ConsentRequest { status consent { id label } } } }',
    { id: requestId },
  );
  return data.node;
}

/** A new browser context on a phone-sized screen, as the patient opens the link: nobody is signed in. */
export async function openOnPhone(browser: Browser, link: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: PHONE, colorScheme, hasTouch: true, acceptDownloads: true });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => console.push(message.text()));
  await page.goto(link);
  return { context, page, console };
}

/** Types a date of birth (YYYY-MM-DD) into the three boxes and continues. */
export async function enterDateOfBirth(page: Page, isoDate: string) {
  const [year, month, day] = isoDate.split('-');
  await page.getByLabel('Day').fill(String(Number(day)));
  await page.getByLabel('Month').fill(String(Number(month)));
  await page.getByLabel('Year').fill(year);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Draws a signature on the canvas with the mouse: a down, a few strokes, an up. */
export async function drawSignature(page: Page) {
  const canvas = page.getByRole('img', { name: /Your signature/ });
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('The signature canvas is not on screen.');
  const at = (x: number, y: number) => [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(0.1, 0.6));
  await page.mouse.down();
  for (const [x, y] of [
    [0.2, 0.3],
    [0.3, 0.7],
    [0.45, 0.35],
    [0.6, 0.65],
    [0.8, 0.4],
  ])
    await page.mouse.move(...at(x, y), { steps: 5 });
  await page.mouse.up();
}

/** The bytes of a download, to check what was saved. */
export async function downloadedBytes(page: Page, click: () => Promise<void>) {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Fills the request form with every element of a valid authorization for this patient (no signature: the patient gives it). */
export async function fillConsentRequest(page: Page, patient: Patient) {
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
  await page.getByLabel('How to revoke').fill('Write to the Privacy Office, 1 River Road, Riverside.');
}
