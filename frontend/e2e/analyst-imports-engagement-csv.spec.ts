import { expect, test } from '@playwright/test';
import { signIn } from './support/signIn.ts';

test('an analyst imports a CSV of figures: refused whole for a bad line, checked, then its good lines', async ({
  page,
}) => {
  const post = `e2e-${Date.now()}`;
  const csv = [
    'external_post_id,channel,metric,value,measured_at',
    `${post},INSTAGRAM,REACH,400,2026-11-05T10:00:00Z`,
    `${post},INSTAGRAM,REACTIONS,-3,2026-11-05T10:00:00Z`,
    `${post},INSTAGRAM,COMMENTS,5,2026-11-05T10:00:00Z`,
  ].join('\n');
  const file = { name: 'instagram-figures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
  await signIn(page, 'analyst@riverside.example', '/analytics/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import engagement figures' })).toBeVisible();

  await page.getByLabel('CSV file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was imported');
  await expect(page.getByRole('region', { name: 'What to correct' })).toContainText(
    "Line 3, value: a value can't be below zero",
  );

  await page.getByLabel('CSV file').setInputFiles(file);
  await page.getByRole('checkbox', { name: 'Import the lines that can be read and list the others' }).check();
  await page.getByRole('button', { name: 'Check the file first' }).click();
  await expect(page.getByText(/an import would record 2 figures from 2 of 3 lines/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lines an import would leave out' })).toContainText('Line 3');

  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('2 figures from 2 of 3 lines, read as CarePulse figures')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lines not imported' })).toContainText('Line 3');
});
