import { expect, test } from '@playwright/test';
import { settled, signIn } from './support/signIn.ts';

test('an analyst reads the demo engagement: tiles, charts under the CSP, tables, best times, cadence and a campaign', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, 'analyst@riverside.example', '/analytics?period=90d');
  await settled(page);
  // The demo's figures are recorded in the background at start: wait for them to be counted.
  const tiles = page.getByRole('list', { name: 'The period’s figures' });
  await expect(async () => {
    await page.reload();
    await expect(tiles.getByRole('listitem').first()).toHaveText(/Engagement[1-9]/, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  const series = page.getByRole('region', { name: 'Engagement over time' });
  await expect(series.getByRole('img', { name: 'Engagement by days' }).locator('canvas')).toBeVisible();
  await series.getByRole('button', { name: 'Weeks' }).click();
  await expect(page).toHaveURL(/interval=WEEK/);
  await series.getByRole('button', { name: 'Table of engagement over time' }).click();
  await expect(series.getByRole('table', { name: 'Engagement by weeks' }).getByRole('row')).not.toHaveCount(1);

  // Charts below the fold are drawn as they come near.
  const channels = page.getByRole('region', { name: 'Engagement by channel' });
  await channels.scrollIntoViewIfNeeded();
  await expect(channels.getByRole('img', { name: 'Engagement by channel' }).locator('canvas')).toBeVisible();
  const download = page.waitForEvent('download');
  await channels.getByRole('button', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toBe('engagement-by-channel.csv');

  // Analysts see top content by its figures, never the content itself.
  const top = page.getByRole('region', { name: 'Top content' });
  await expect(top.getByRole('row').nth(1)).toBeVisible();
  await expect(top.getByRole('link')).toHaveCount(0);

  // The best times, at the foot of the page, are asked for as they come into view.
  const best = page.getByRole('region', { name: 'Best times to post' });
  await best.scrollIntoViewIfNeeded();
  await expect(best.getByText(/on Facebook/)).toBeVisible();
  await best.getByLabel('Channel').selectOption('Instagram');
  await expect(best.getByText(/Best on Instagram: /)).toBeVisible();

  // Riverside's posting targets against its posts of the 90 days.
  const cadence = page.getByRole('region', { name: 'Posting cadence' });
  await cadence.scrollIntoViewIfNeeded();
  await expect(cadence.getByText(/^Facebook: .* posts a week; target/)).toBeVisible();

  // The inbox and live Q&A in figures: the demo's threads and its live and ended sessions (with
  // their 38 and 112 joins; other tests may add their own).
  const feedback = page.getByRole('region', { name: 'Patient feedback' });
  await feedback.scrollIntoViewIfNeeded();
  const feedbackFigures = feedback.getByRole('list', { name: 'The period’s feedback figures' });
  await expect(feedbackFigures).toContainText(/Threads opened\d+/);
  // The demo's resolved threads were answered: a median first reply, not "–".
  await expect(feedbackFigures).toContainText(/Median first reply\d+ (min|h)/);
  await expect(feedback.getByText(/^Most mentioned: /)).toBeVisible();
  const live = page.getByRole('region', { name: 'Live Q&A' });
  await expect(live.getByRole('list', { name: 'The period’s live Q&A figures' })).toContainText(
    /Sessions\d+[\d,]+ joins/,
  );

  // A campaign's KPI targets, with what each is measured against.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
  await page
    .getByRole('link', { name: /HelloMyNameIs/ })
    .first()
    .click();
  const kpis = page.getByRole('region', { name: 'Performance' }).getByRole('list', { name: 'KPI targets' });
  await expect(kpis.getByRole('listitem')).toHaveCount(2);
  await expect(kpis.getByRole('listitem').nth(1)).toContainText('counts twice');
  expect(violations).toEqual([]);
});
