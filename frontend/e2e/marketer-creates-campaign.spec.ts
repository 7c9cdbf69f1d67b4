import { expect, test } from '@playwright/test';
import { signIn } from './support/signIn.ts';

test('a marketer creates a campaign and finds it in the list', async ({ page }) => {
  const name = `E2E flu clinic ${Date.now()}`;
  await signIn(page, 'marketer@riverside.example');

  await page.getByRole('link', { name: 'New campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New campaign' })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description').fill('Walk-in flu shots at the Riverside clinic.');
  await page.getByLabel('Hashtags').fill('FluShot, #GetVaccinated');
  await page.getByLabel('Objective').selectOption('PREVENTION');
  await page.getByLabel('Start date').fill('2026-10-01');
  await page.getByLabel('End date').fill('2026-12-15');
  await page.getByRole('checkbox', { name: 'Instagram' }).check();
  await page.getByRole('checkbox', { name: 'Facebook' }).check();
  await page.getByRole('button', { name: 'Add KPI target' }).click();
  await page.getByLabel('Metric 1', { exact: true }).selectOption('REACH');
  await page.getByLabel('Target 1', { exact: true }).fill('25000');
  await page.getByLabel('Amount').fill('1500.00');
  await page.getByRole('button', { name: 'Create campaign' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('#GetVaccinated');
  await expect(page.getByRole('main')).toContainText('Planned');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(name);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/search=E2E/);
  await expect(page.getByRole('table').getByRole('link', { name })).toBeVisible();
});
