import { expect, test } from '@playwright/test';
import { signIn } from './support/signIn.ts';

test('a marketer creates an audience segment and edits it', async ({ page }) => {
  const name = `E2E segment ${Date.now()}`;
  await signIn(page, 'marketer@riverside.example', '/segments/new');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description').fill('Parents of children under five.');
  await page.getByLabel('Minimum age').fill('22');
  await page.getByLabel('Maximum age').fill('40');
  await page.getByLabel('Locations').fill('Riverside County, CA\nCorona, CA');
  await page.getByLabel('Health interests').fill('vaccination, nutrition');
  await page.getByLabel('Languages').fill('en_US');
  await page.getByRole('checkbox', { name: 'Instagram' }).check();
  await page.getByRole('button', { name: 'Create segment' }).click();
  await expect(page.getByLabel('Languages')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Languages').fill('en-US, es-US');
  await page.getByRole('button', { name: 'Create segment' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Riverside County, CA');
  await expect(page.getByRole('main')).toContainText('22–40 years');

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Maximum age').fill('45');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('main')).toContainText('22–45 years');

  await page.goto('/campaigns/new');
  await page.getByRole('combobox', { name: 'Audience segments' }).fill(name);
  await expect(page.getByRole('option', { name })).toBeVisible();
});
