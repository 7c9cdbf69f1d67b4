import { expect, test } from '@playwright/test';
import { settled, signIn } from './support/signIn.ts';

test('a moderator lands on a home that shows what is live and the questions waiting', async ({ page }) => {
  await signIn(page, 'moderator@riverside.example', '/');
  await expect(page).toHaveURL(/\/$/);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();

  const live = page.getByRole('region', { name: 'Live now' });
  await expect(live.getByRole('link', { name: 'Flu shot season: ask our pharmacist', exact: true })).toBeVisible();
  await live.getByRole('link', { name: 'Open console of Flu shot season: ask our pharmacist' }).click();
  await expect(page).toHaveURL(/\/live-sessions\/[^/]+\/console$/);
  await page.goBack();

  const waiting = page.getByRole('region', { name: 'Questions waiting for you' });
  await expect(waiting).toContainText(/\d+ questions? waits? in Flu shot season: ask our pharmacist/);
  await expect(page.getByRole('region', { name: 'Live sessions this week' })).toContainText(
    'Ask a pediatrician: winter colds and flu',
  );
  await expect(page.getByRole('region', { name: 'Recent activity' })).toBeVisible();
});

test('an analyst sees the same home without the moderation panel', async ({ page }) => {
  await signIn(page, 'analyst@riverside.example', '/');
  await settled(page);
  await expect(page.getByRole('region', { name: 'Live now' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Questions waiting for you' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Campaigns this week' })).toBeVisible();
});
