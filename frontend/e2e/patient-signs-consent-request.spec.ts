import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import {
  downloadedBytes,
  drawSignature,
  enterDateOfBirth,
  fillConsentRequest,
  openOnPhone,
  tokenOf,
} from './support/consentRequests.ts';
import { madeUpPatient } from './support/consents.ts';
import { signIn } from './support/signIn.ts';
import { SPA_URL } from './support/urls.ts';

test('a patient signs a request on a phone, and the compliance officer finds the consent active with its PDF', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const patient = madeUpPatient();
  const violations: string[] = [];

  // The compliance officer sends the request from the consent list and gets the link, once.
  await signIn(page, 'compliance@riverside.example', '/consents');
  await page.getByRole('link', { name: 'Send for online signing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send for online signing' })).toBeVisible();
  await fillConsentRequest(page, patient);
  await expect(page.getByLabel('Link works for (days)')).toHaveValue('14');
  await page.getByRole('button', { name: 'Create signing link' }).click();
  const panel = page.getByRole('region', { name: 'Signing link created' });
  await expect(panel).toContainText('This link is shown only now.');
  await expect(panel).toContainText('send it to the patient through your own channel');
  const signingLink = await panel.getByRole('textbox', { name: 'Signing link' }).inputValue();
  expect(signingLink).toMatch(new RegExp(`^${SPA_URL}/consent#[A-Za-z0-9_-]{20,}$`));
  expect(page.url()).not.toContain(tokenOf(signingLink));

  // The patient opens it on a phone: the token leaves the address at once.
  const phone = await openOnPhone(browser, signingLink);
  const patientPage = phone.page;
  await expect(patientPage.getByRole('heading', { level: 1, name: /asks for your permission/ })).toBeVisible();
  expect(patientPage.url()).toBe(`${SPA_URL}/consent`);
  expect(await patientPage.evaluate(() => window.location.hash)).toBe('');
  violations.push(...(await seriousViolations(patientPage, 'signing: date of birth')));

  // A wrong date of birth says how many tries are left; the right one opens the authorization.
  await enterDateOfBirth(patientPage, '1990-01-01');
  await expect(patientPage.getByText('That date of birth does not match. 4 tries left.')).toBeVisible();
  await enterDateOfBirth(patientPage, patient.dateOfBirth);
  await expect(patientPage.getByRole('heading', { level: 1, name: 'Read and sign' })).toBeVisible();
  await expect(patientPage.getByText(patient.name, { exact: true })).toBeVisible();

  const statements = patientPage.getByRole('group', { name: 'Please confirm each statement' }).getByRole('checkbox');
  expect(await statements.count()).toBeGreaterThanOrEqual(3);
  for (const statement of await statements.all()) await statement.check();
  await patientPage.getByRole('textbox', { name: /Your full name/ }).fill(patient.name);
  await drawSignature(patientPage);
  await expect(patientPage.getByText('Signature added.')).toBeVisible();
  violations.push(...(await seriousViolations(patientPage, 'signing: read and sign (light)')));
  await patientPage.emulateMedia({ colorScheme: 'dark' });
  violations.push(...(await seriousViolations(patientPage, 'signing: read and sign (dark)')));

  await patientPage.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(patientPage.getByRole('heading', { level: 1, name: 'Signed. Thank you.' })).toBeVisible();
  const copy = await downloadedBytes(patientPage, () =>
    patientPage.getByRole('button', { name: 'Download your signed copy (PDF)' }).click(),
  );
  expect(copy.name).toMatch(/^C-\d{4}-\d+\.pdf$/);
  expect(copy.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const revocationLink = await patientPage
    .getByRole('textbox', { name: 'Link to take back your permission' })
    .inputValue();
  expect(revocationLink).toMatch(new RegExp(`^${SPA_URL}/consent/revoke#`));
  violations.push(...(await seriousViolations(patientPage, 'signing: signed (dark)')));

  // Nothing of the link, the date of birth or the name was logged or stored by the page.
  const stored = await patientPage.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  for (const secret of [tokenOf(signingLink), tokenOf(revocationLink), patient.dateOfBirth, patient.name]) {
    expect(stored).not.toContain(secret);
    expect(phone.console.join('\n')).not.toContain(secret);
  }
  await phone.context.close();

  // The compliance officer sees the request signed and the consent active, and downloads its PDF.
  await panel.getByRole('link', { name: 'All signing requests' }).click();
  const row = page.getByRole('row').filter({ hasText: copy.name.replace('.pdf', '') });
  await expect(row).toContainText('Signed');
  await row.getByRole('link', { name: new RegExp(copy.name.replace('.pdf', '')) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(copy.name.replace('.pdf', '')) })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Scope' })).toContainText('Active');
  const document = page.getByRole('region', { name: 'Signed document' });
  await expect(document).toContainText('application/pdf');
  const kept = await downloadedBytes(page, () => document.getByRole('button', { name: 'Download document' }).click());
  expect(kept.name).toBe(copy.name);
  expect(kept.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  expect(violations).toEqual([]);
});
