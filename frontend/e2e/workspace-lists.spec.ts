import { expect, test } from '@playwright/test';
import { graphql, otherUsersToken } from './support/api.ts';
import { signIn } from './support/signIn.ts';

const CREATE = `mutation($input: CreateCampaignInput!) {
  createCampaign(input: $input) { campaign { id version } userErrors { message } }
}`;

test('the campaign list updates live when another user changes a status', async ({ page, request }) => {
  const name = `E2E status ${Date.now()}`;
  const colleague = await otherUsersToken(request);
  const created = await graphql<{ createCampaign: { campaign: { id: string; version: number } } }>(
    request,
    colleague,
    CREATE,
    { input: { name, objective: 'AWARENESS', startDate: '2026-12-01' } },
  );
  const { id, version } = created.createCampaign.campaign;

  // The change must happen after the list has subscribed over graphql-ws.
  const subscribed = new Promise<void>((resolve) =>
    page.on('websocket', (ws) =>
      ws.on('framesent', (frame) => {
        if (String(frame.payload).includes('"subscribe"')) resolve();
      }),
    ),
  );
  await signIn(page, 'marketer@riverside.example', `/campaigns?search=${encodeURIComponent(name)}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(row).toContainText('Planned');
  await subscribed;

  await graphql(
    request,
    colleague,
    `
      mutation ($input: ChangeCampaignStatusInput!) {
        changeCampaignStatus(input: $input) {
          userErrors {
            message
          }
        }
      }
    `,
    { input: { id, expectedVersion: version, status: 'ACTIVE' } },
  );

  await expect(page.locator('.live-status[role="status"]')).toHaveText(`“${name}” is now active.`);
  await expect(row).toContainText('Active');
  await expect(row).not.toContainText('Planned');
});

test('sort and page survive a reload and back/forward, and rows become cards on a phone', async ({ page, request }) => {
  const prefix = `E2E page ${Date.now()}`;
  const colleague = await otherUsersToken(request);
  // 22 campaigns, two pages of 20, in batches the API's per-request limits allow.
  for (let batch = 0; batch < 3; batch += 1) {
    const numbers = Array.from({ length: batch < 2 ? 8 : 6 }, (_, i) => batch * 8 + i + 1);
    const fields = numbers.map(
      (n) =>
        `c${n}: createCampaign(input: { name: "${prefix} ${String(n).padStart(2, '0')}", objective: EDUCATION, startDate: "2026-11-${String(n).padStart(2, '0')}" }) { userErrors { message } }`,
    );
    await graphql(request, colleague, `mutation { ${fields.join('\n')} }`);
  }

  await signIn(page, 'marketer@riverside.example', `/campaigns?search=${encodeURIComponent(prefix)}`);
  const table = page.getByRole('table', { name: 'Campaigns' });
  const firstName = () => table.getByRole('rowheader').first();
  await expect(firstName()).toHaveText(`${prefix} 01`);

  // Newest start date first, by the column header's button, from the keyboard.
  await table.getByRole('button', { name: 'Dates' }).focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: 'Dates' })).toHaveAttribute('aria-sort', 'ascending');
  await table.getByRole('button', { name: 'Dates' }).press('Enter');
  await expect(table.getByRole('columnheader', { name: 'Dates' })).toHaveAttribute('aria-sort', 'descending');
  await expect(firstName()).toHaveText(`${prefix} 22`);
  await expect(page).toHaveURL(/sort=-START_DATE/);

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveText([`${prefix} 02`, `${prefix} 01`]);

  await page.reload();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveText([`${prefix} 02`, `${prefix} 01`]);
  await expect(table.getByRole('columnheader', { name: 'Dates' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(prefix);

  await page.goBack();
  await expect(page.getByText('Page 1 of 2')).toBeVisible();
  await expect(firstName()).toHaveText(`${prefix} 22`);
  await page.goForward();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();

  // A cursor the server refuses falls back to the first page.
  await page.goto(`/campaigns?search=${encodeURIComponent(prefix)}&sort=-START_DATE&after=not-a-cursor`);
  await expect(firstName()).toHaveText(`${prefix} 22`);
  await expect(page).not.toHaveURL(/after=/);

  // At 390 px each row is a card of label: value pairs, and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  const firstRow = table.locator('tbody tr').first();
  const status = firstRow.locator('td[data-label="Status"]');
  await expect(status).toBeVisible();
  const label = await status.evaluate((cell) => getComputedStyle(cell, '::before').content);
  expect(label).toContain('Status');
  const rowBox = await firstRow.boundingBox();
  expect(rowBox?.width).toBeLessThanOrEqual(390);
  // The page's content is no wider than the screen.
  const overflow = await page
    .getByRole('main')
    .evaluate((main) =>
      Math.max(
        main.scrollWidth - main.clientWidth,
        ...[...main.querySelectorAll('.table-wrap')].map((wrap) => wrap.scrollWidth - wrap.clientWidth),
      ),
    );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await page.getByRole('main').evaluate((main) => main.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
  // Nor does the whole page, header and navigation included.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
