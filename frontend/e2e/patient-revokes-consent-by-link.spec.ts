import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { openOnPhone, requestConsentThroughApi, signedConsentOf, signThroughApi } from './support/consentRequests.ts';
import { signIn } from './support/signIn.ts';
import { SPA_URL } from './support/urls.ts';

test('a patient revokes through the revocation link, and the compliance officer sees the consent revoked', async ({
  browser,
  page,
  request,
}) => {
  const sent = await requestConsentThroughApi(request);
  const signed = await signThroughApi(request, sent.signingLink, sent.patient);
  const consent = (await signedConsentOf(request, sent.id)).consent!;
  expect(consent.label).toBe(signed.label);
  const violations: string[] = [];

  const phone = await openOnPhone(browser, signed.revocationLink, 'dark');
  const patientPage = phone.page;
  await expect(patientPage.getByRole('heading', { level: 1, name: 'Take back your permission' })).toBeVisible();
  expect(patientPage.url()).toBe(`${SPA_URL}/consent/revoke`);
  await expect(patientPage.getByText(signed.label).first()).toBeVisible();
  violations.push(...(await seriousViolations(patientPage, 'revocation (dark)')));
  await patientPage.emulateMedia({ colorScheme: 'light' });
  violations.push(...(await seriousViolations(patientPage, 'revocation (light)')));

  // It asks once more; keeping it changes nothing, confirming revokes.
  await patientPage.getByRole('button', { name: 'Revoke my permission' }).click();
  const dialog = patientPage.getByRole('dialog', { name: 'Revoke your permission?' });
  await dialog.getByRole('button', { name: 'No, keep it' }).click();
  await expect(dialog).toBeHidden();
  await patientPage.getByRole('textbox', { name: 'Why (optional)' }).fill('I moved away.');
  await patientPage.getByRole('button', { name: 'Revoke my permission' }).click();
  await dialog.getByRole('button', { name: 'Yes, revoke it' }).click();
  await expect(patientPage.getByRole('heading', { level: 1, name: 'Your permission is revoked' })).toBeVisible();
  await expect(patientPage.getByText(/will not make new posts with it/)).toBeVisible();
  await phone.context.close();

  // The link was for one use: opened again, it is not valid.
  const again = await openOnPhone(browser, signed.revocationLink);
  await expect(again.page.getByRole('heading', { level: 1, name: 'This link is not valid any more' })).toBeVisible();
  await again.context.close();

  await signIn(page, 'compliance@riverside.example', `/consents/${encodeURIComponent(consent.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: signed.label })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Scope' })).toContainText('Revoked');
  expect(violations).toEqual([]);
});
