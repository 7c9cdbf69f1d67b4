import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { recordConsentThroughApi } from './support/consents.ts';
import { signIn } from './support/signIn.ts';

test('a marketer sees a consent’s scope, never the patient', async ({ page, request }) => {
  const consent = await recordConsentThroughApi(request);
  const graphqlBodies: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().endsWith('/graphql') && sent.method() === 'POST') graphqlBodies.push(sent.postData() ?? '');
  });

  await signIn(page, 'marketer@riverside.example', '/consents');
  await page.getByRole('searchbox', { name: 'Search' }).fill(consent.number);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.getByRole('table').getByRole('link', { name: consent.label }).click();

  await expect(page.getByRole('heading', { level: 1, name: consent.label })).toBeVisible();
  await expect(page.getByText('Patient details are visible to compliance staff only.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Scope' })).toContainText('Instagram');
  await expect(page.locator('body')).not.toContainText(consent.patient.name);
  await expect(page.getByRole('region', { name: 'Patient' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Revoke|Delete|Upload/ })).toHaveCount(0);
  // The page never asked for what the server would refuse it.
  expect(graphqlBodies.join('\n')).not.toMatch(/patient|signerName|downloadPath/);
  expect(await seriousViolations(page, 'consent scope for a marketer')).toEqual([]);
});

test('an analyst has no consents in the navigation', async ({ page }) => {
  await signIn(page, 'analyst@riverside.example', '/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Consents' })).toHaveCount(0);
});
