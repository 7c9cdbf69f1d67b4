import { expect, test } from '@playwright/test';
import { recordConsentThroughApi } from './support/consents.ts';
import { signIn } from './support/signIn.ts';

test('a compliance officer revokes a consent after the confirmation says it stops authorizing posts', async ({
  page,
  request,
}) => {
  const consent = await recordConsentThroughApi(request);
  await signIn(page, 'compliance@riverside.example', `/consents/${encodeURIComponent(consent.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: consent.label })).toBeVisible();

  const revoke = page.getByRole('region', { name: 'Revoke' });
  await revoke.getByLabel('How it arrived').selectOption('LETTER');
  await revoke.getByLabel('Reason').fill('Moved away.');
  await revoke.getByRole('button', { name: 'Revoke consent…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Revoke this consent?' });
  await expect(dialog).toContainText('stops authorizing posts at once');
  // Cancelling changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('region', { name: 'Scope' })).toContainText('Active');

  await revoke.getByRole('button', { name: 'Revoke consent…' }).click();
  await dialog.getByRole('button', { name: 'Revoke consent' }).click();

  await expect(page.getByRole('region', { name: 'Scope' })).toContainText('Revoked');
  await expect(page.getByRole('region', { name: 'Revocation' })).toContainText('Letter');
  await expect(page.getByRole('region', { name: 'Revocation' })).toContainText('Moved away.');
  await expect(page.getByRole('button', { name: 'Revoke consent…' })).toHaveCount(0);

  await page.goto(`/consents?status=REVOKED&search=${encodeURIComponent(consent.number)}`);
  await expect(page.getByRole('table').getByRole('link', { name: consent.label })).toBeVisible();
});
