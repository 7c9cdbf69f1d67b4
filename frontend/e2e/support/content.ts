import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { graphql, otherUsersToken } from './api.ts';
import { completeConsentInput, madeUpPatient, type RecordedConsent } from './consents.ts';
import { signIn } from './signIn.ts';

/** A title no earlier run used, so a queue or list row is this run's item. */
export const uniqueTitle = (title: string) => `${title} ${Date.now().toString(36)}`;

export interface ContentDraft {
  title: string;
  format: string;
  body: string;
  /** Channel label → text. */
  channels?: Record<string, string>;
  citation?: { title: string; url: string };
  /** Consent labels to link (stories). */
  consents?: string[];
}

/** Fills the editor (/content/new) and saves the draft; ends on the item's page. */
export async function writeContent(page: Page, draft: ContentDraft): Promise<void> {
  await page.getByLabel('Title (required)', { exact: true }).fill(draft.title);
  await page.getByLabel('Format (required)', { exact: true }).selectOption({ label: draft.format });
  await page.getByLabel('Body (required)', { exact: true }).fill(draft.body);
  for (const label of draft.consents ?? []) {
    await page.getByRole('group', { name: 'Consents' }).getByRole('checkbox', { name: label }).check();
  }
  for (const [channel, text] of Object.entries(draft.channels ?? {})) {
    await page.getByRole('group', { name: 'Channels' }).getByRole('checkbox', { name: channel, exact: true }).check();
    await page.getByLabel(`${channel} text`, { exact: true }).fill(text);
  }
  if (draft.citation) {
    await page.getByRole('button', { name: 'Add citation' }).click();
    await page.getByLabel('Source 1 title').fill(draft.citation.title);
    await page.getByLabel('Source 1 address').fill(draft.citation.url);
  }
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: draft.title })).toBeVisible();
}

/** The workflow panel of the item's page: its status, actions and their outcome. */
export const workflow = (page: Page) => page.getByRole('region', { name: 'Workflow' });

/** The item's status line (not the statuses it may move on to, which the panel lists too). */
export const statusLine = (page: Page) => workflow(page).getByText(/^Status:/);

/** Signs a colleague in, in a browser context of their own, and records their decision from the review queue. */
export async function approveAs(
  browser: Browser,
  email: string,
  title: string,
  { queue = 'CLINICAL', viaHome = false } = {},
): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (viaHome) {
    // The home's panel counts what waits for this reviewer and leads to the queue.
    await signIn(page, email, '/');
    const panel = page.getByRole('region', { name: 'Content waiting for your review' });
    await panel.getByRole('link', { name: /\d+ items? waiting/ }).click();
  } else {
    await signIn(page, email, `/content/review?kind=${queue}`);
  }
  await page.getByRole('table').getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Review: ${title}` })).toBeVisible();
  await page.getByRole('radio', { name: 'Approve' }).check();
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByRole('region', { name: /your decision/ })).toContainText('Approved.');
  await context.close();
}

const RECORD = `mutation($input: RecordConsentInput!) {
  recordConsent(input: $input) { consent { id number label } userErrors { field code message } }
}`;

/** Records, as a compliance officer through the API, a consent to tell a patient's story by name on Facebook for education. */
export async function recordStoryConsent(request: APIRequestContext, patient = madeUpPatient()) {
  const token = await otherUsersToken(request, 'COMPLIANCE_OFFICER');
  const input = {
    ...completeConsentInput(patient),
    categories: ['NAME', 'STORY'],
    channels: ['FACEBOOK'],
    purposes: [{ kind: 'EDUCATION' }],
  };
  const data = await graphql<{ recordConsent: { consent: RecordedConsent | null; userErrors: unknown[] } }>(
    request,
    token,
    RECORD,
    { input },
  );
  expect(data.recordConsent.userErrors).toEqual([]);
  return { ...data.recordConsent.consent!, patient, token };
}

const REVOKE = `mutation($input: RevokeConsentInput!) {
  revokeConsent(input: $input) { consent { id status } userErrors { field code message } }
}`;

/** Records the patient's written revocation through the API, as a compliance officer. */
export async function revokeConsentThroughApi(request: APIRequestContext, token: string, consentId: string) {
  const data = await graphql<{ revokeConsent: { userErrors: unknown[] } }>(request, token, REVOKE, {
    input: { consentId, receivedAt: new Date().toISOString(), method: 'LETTER', reason: 'Changed her mind.' },
  });
  expect(data.revokeConsent.userErrors).toEqual([]);
}
