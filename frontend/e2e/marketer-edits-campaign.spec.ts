import { expect, test } from '@playwright/test';
import { signIn } from './support/signIn.ts';

test('a marketer edits a campaign, moves it through its workflow and archives it', async ({ page }) => {
  const name = `E2E workflow ${Date.now()}`;
  await signIn(page, 'marketer@riverside.example', '/campaigns/new');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Objective').selectOption('EDUCATION');
  await page.getByLabel('Start date').fill('2026-11-01');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Description').fill('Now with a description.');
  await page.getByLabel('End date').fill('2026-10-01');
  await page.getByRole('button', { name: 'Save changes' }).click();
  // The server rejects an end before the start; the message sits on the end date field.
  await expect(page.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('End date').fill('2026-12-31');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Now with a description.');

  await page.getByRole('button', { name: 'Activate' }).click();
  await expect(page.getByText('Campaign is now active.')).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Campaign is now paused.')).toBeVisible();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByText('Campaign is now active.')).toBeVisible();
  await page.getByRole('button', { name: 'Mark completed' }).click();
  await expect(page.getByText('Campaign is now completed.')).toBeVisible();
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('button', { name: 'Archive campaign' }).click();

  await expect(page.getByText('Campaign is now archived.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
});
