import { expect, test } from '@playwright/test';
import { graphql, otherUsersToken } from './support/api.ts';
import { settled, signIn } from './support/signIn.ts';

const CREATE = 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }';

test('a marketer archives two campaigns at once, after confirming', async ({ page, request }) => {
  const tag = `Bulk archive ${Date.now()}`;
  const token = await otherUsersToken(request);
  for (const suffix of ['A', 'B', 'C']) {
    await graphql(request, token, CREATE, {
      input: { name: `${tag} ${suffix}`, objective: 'AWARENESS', startDate: '2026-12-01' },
    });
  }

  await signIn(page, 'marketer@riverside.example', `/campaigns?search=${encodeURIComponent(tag)}`);
  await settled(page);
  const table = page.getByRole('table', { name: 'Campaigns' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await table.getByRole('checkbox', { name: `Select ${tag} A` }).check();
  await table.getByRole('checkbox', { name: `Select ${tag} C` }).check();
  await expect(page.getByRole('status').filter({ hasText: '2 campaigns selected' })).toBeVisible();

  await page.getByRole('button', { name: 'Archive selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archive 2 campaigns?' });
  await expect(dialog).toContainText(`${tag} A, ${tag} C`);
  // The safe choice has focus first: cancelling changes nothing.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(table.getByRole('row', { name: new RegExp(`${tag} A`) })).not.toContainText('Archived');

  await page.getByRole('button', { name: 'Archive selected' }).click();
  await dialog.getByRole('button', { name: 'Archive 2 campaigns' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 campaigns archived.' })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`${tag} A`) })).toContainText('Archived');
  await expect(table.getByRole('row', { name: new RegExp(`${tag} C`) })).toContainText('Archived');
  await expect(table.getByRole('row', { name: new RegExp(`${tag} B`) })).not.toContainText('Archived');
  // Archived rows can no longer be ticked.
  await expect(table.getByRole('checkbox', { name: `Select ${tag} A` })).toHaveCount(0);
});
