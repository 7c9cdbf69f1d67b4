import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { settled, signIn } from './support/signIn.ts';

async function openFirstRow(page: Page, listPath: string, excluding?: RegExp): Promise<string> {
  await page.goto(listPath);
  await settled(page);
  let rows = page.getByRole('table').getByRole('row');
  if (excluding) rows = rows.filter({ hasNotText: excluding });
  const link = rows.getByRole('link').first();
  await link.click();
  await settled(page);
  return page.url();
}

test('every page has no serious or critical accessibility violations', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'admin@riverside.example');
  const found: string[] = [];

  found.push(...(await seriousViolations(page, 'campaign list')));
  await openFirstRow(page, '/campaigns', /Archived/);
  found.push(...(await seriousViolations(page, 'campaign detail')));
  await page.getByRole('link', { name: 'Edit' }).click();
  found.push(...(await seriousViolations(page, 'campaign edit form')));
  await page.goto('/campaigns/new');
  found.push(...(await seriousViolations(page, 'campaign create form')));

  await page.goto('/segments');
  found.push(...(await seriousViolations(page, 'segment list')));
  await openFirstRow(page, '/segments');
  found.push(...(await seriousViolations(page, 'segment detail')));
  await page.getByRole('link', { name: 'Edit' }).click();
  found.push(...(await seriousViolations(page, 'segment edit form')));
  await page.goto('/segments/new');
  found.push(...(await seriousViolations(page, 'segment create form')));

  await page.goto('/live-sessions');
  found.push(...(await seriousViolations(page, 'live session list')));
  await page.getByRole('link', { name: 'Ask a pediatrician: winter colds and flu' }).click();
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
  found.push(...(await seriousViolations(page, 'live session detail')));
  await page.goto('/live-sessions/new');
  found.push(...(await seriousViolations(page, 'live session create form')));

  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  found.push(...(await seriousViolations(page, 'audit log')));

  await page.goto('/settings');
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible();
  found.push(...(await seriousViolations(page, 'organisation settings form')));

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  found.push(...(await seriousViolations(page, '404')));

  expect(found).toEqual([]);
});

test('a form with errors stays accessible', async ({ page }) => {
  await signIn(page, 'marketer@riverside.example', '/campaigns/new');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('alert')).toContainText('Please fix the following');
  expect(await seriousViolations(page, 'campaign form with errors')).toEqual([]);
});
