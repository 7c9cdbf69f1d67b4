import { expect, test } from '@playwright/test';
import { readAccessToken, signIn } from './support/signIn.ts';

test('an analyst sees campaigns but no controls to change them', async ({ page }) => {
  await signIn(page, 'analyst@riverside.example');

  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: /HelloMyNameIs/ })).toBeVisible();
  await expect(table.getByRole('link', { name: /Movember/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New campaign' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);

  await table.getByRole('link', { name: /Movember/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Movember/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);

  await page.goto('/campaigns/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
});

test("the API refuses an analyst's createCampaign with FORBIDDEN", async ({ page }) => {
  await signIn(page, 'analyst@riverside.example');
  const token = await readAccessToken(page);

  const body = await page.evaluate(async (accessToken) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        query: `mutation CreateCampaign($input: CreateCampaignInput!) {
          createCampaign(input: $input) { campaign { id } userErrors { code message } }
        }`,
        variables: { input: { name: 'Not allowed', objective: 'AWARENESS', startDate: '2026-12-01' } },
      }),
    });
    return response.json() as Promise<{ data?: unknown; errors?: { extensions?: { classification?: string } }[] }>;
  }, token);

  expect(body.errors?.map((error) => error.extensions?.classification)).toContain('FORBIDDEN');
  expect(JSON.stringify(body.data ?? null)).not.toContain('"id"');
});
