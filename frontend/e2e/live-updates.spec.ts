import { expect, test } from '@playwright/test';
import { readAccessToken, signIn } from './support/signIn.ts';

test('the campaign list refreshes itself when a campaign is created elsewhere', async ({ page }) => {
  const name = `E2E live ${Date.now()}`;
  // The change must happen after the list has subscribed over graphql-ws.
  const subscribed = new Promise<void>((resolve) =>
    page.on('websocket', (ws) => {
      if (!ws.url().endsWith('/graphql')) return;
      ws.on('framesent', (frame) => {
        if (String(frame.payload).includes('"subscribe"')) resolve();
      });
    }),
  );
  await signIn(page, 'marketer@riverside.example');
  await expect(page.getByRole('table')).toBeVisible();
  await subscribed;

  const token = await readAccessToken(page);
  await page.evaluate(
    async ({ accessToken, campaignName }) => {
      await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({
          query: 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }',
          variables: { input: { name: campaignName, objective: 'EDUCATION', startDate: '2026-12-01' } },
        }),
      });
    },
    { accessToken: token, campaignName: name },
  );

  await expect(page.getByRole('status').filter({ hasText: `“${name}” was created.` })).toBeVisible();
  await expect(page.getByRole('table').getByRole('link', { name })).toBeVisible();
});
