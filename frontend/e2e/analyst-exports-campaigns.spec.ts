import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readAccessToken, settled, signIn } from './support/signIn.ts';

test('an analyst exports the filtered campaign list, with a formula kept as text', async ({ browser }) => {
  const name = `=HYPERLINK("https://example.org","Export ${Date.now()}")`;
  const marketer = await browser.newPage();
  await signIn(marketer, 'marketer@riverside.example');
  const token = await readAccessToken(marketer);
  const created = await marketer.evaluate(
    async ({ accessToken, name }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({
          query: 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { userErrors { message } } }',
          variables: { input: { name, objective: 'AWARENESS', startDate: '2026-12-01' } },
        }),
      });
      return (await response.json()) as { data: { createCampaign: { userErrors: unknown[] } } };
    },
    { accessToken: token, name },
  );
  expect(created.data.createCampaign.userErrors).toEqual([]);
  await marketer.close();

  const page = await browser.newPage();
  await signIn(page, 'analyst@riverside.example', '/campaigns?search=HYPERLINK');
  await settled(page);
  await expect(page.getByRole('table', { name: 'Campaigns' }).getByRole('link', { name })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  const csv = await readFile((await (await download).path())!, 'utf8');
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  expect(header).toBe('\uFEFFName,Status,Objective,Dates,Channels,Hashtags,Last updated');
  expect(rows).toHaveLength(1);
  // A spreadsheet would run the name as a formula: it is written as text.
  expect(rows[0].startsWith(`"'=HYPERLINK(""https://example.org""`)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: /^Exported 1 row to campaigns-/ })).toBeVisible();
});
