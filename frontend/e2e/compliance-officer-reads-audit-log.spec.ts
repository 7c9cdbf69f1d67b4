import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readAccessToken, settled, signIn } from './support/signIn.ts';

async function graphql(page: Page, token: string, query: string, variables: Record<string, unknown>) {
  return page.evaluate(
    async ({ accessToken, query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as Promise<{ data: Record<string, { campaign?: { id: string } }> }>;
    },
    { accessToken: token, query, variables },
  );
}

test('a compliance officer reads the log in sentences, filters it by actor and exports it', async ({ browser }) => {
  const name = `Audit trail ${Date.now()}`;
  const marketer = await browser.newPage();
  await signIn(marketer, 'marketer@riverside.example');
  const token = await readAccessToken(marketer);
  const created = await graphql(
    marketer,
    token,
    'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }',
    { input: { name, objective: 'AWARENESS', startDate: '2026-12-01' } },
  );
  const id = created.data.createCampaign.campaign!.id;
  await graphql(
    marketer,
    token,
    'mutation($input: ChangeCampaignStatusInput!) { changeCampaignStatus(input: $input) { campaign { id } } }',
    { input: { id, expectedVersion: 1, status: 'ACTIVE' } },
  );
  await marketer.close();

  const page = await browser.newPage();
  await signIn(page, 'compliance@riverside.example', '/audit');
  await settled(page);
  const log = page.getByRole('table', { name: 'Audit log, newest first' });
  const sentence = `Jordan Reyes changed the status of ${name} from Planned to Active`;
  await expect(log.getByRole('rowheader', { name: sentence })).toBeVisible();
  await expect(log.getByRole('link', { name }).first()).toHaveAttribute('href', `/campaigns/${encodeURIComponent(id)}`);
  // Ids and API names stay out of sight.
  await expect(log).not.toContainText('changeCampaignStatus');

  const filters = page.getByRole('search', { name: 'Filter the audit log' });
  await filters.getByLabel('Staff member').selectOption({ label: 'Jordan Reyes' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/actor=/);
  await settled(page);
  const who = log.getByRole('row').locator('td:nth-child(2)');
  await expect(who.first()).toContainText('Jordan Reyes');
  // The filtered page replaces the unfiltered one: wait until every row is Jordan's.
  await expect
    .poll(async () => new Set(await who.locator('.audit-actor').allTextContents()))
    .toEqual(new Set(['Jordan Reyes']));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await file.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFFWhen (UTC),Who,Roles,Kind of actor,What happened,Action,Target type,Target ID,Fields set,Values',
  );
  expect(csv).toContain(`Jordan Reyes changed the status of “${name}” from Planned to Active`);
  expect(csv).not.toContain('Samuel Okafor');
  await expect(page.getByRole('status').filter({ hasText: /^Exported \d+ rows? to audit-log-/ })).toBeVisible();

  // The export itself is in the log.
  await filters.getByLabel('Staff member').selectOption({ label: 'Anyone' });
  await filters.getByLabel('Action').selectOption({ label: 'List exported' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(
    log.getByRole('rowheader', { name: 'Samuel Okafor exported the audit log as CSV' }).first(),
  ).toBeVisible();
});
