import { expect, test } from '@playwright/test';
import { approveAs, statusLine, uniqueTitle, workflow, writeContent } from './support/content.ts';
import { signIn } from './support/signIn.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** A datetime-local value an hour from now, in the browser's (this machine's) time zone. */
function inAnHour(): string {
  const d = new Date(Date.now() + 60 * 60 * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

test('a marketer writes a health tip and submits it, a clinical reviewer approves it, the marketer schedules it and it publishes', async ({
  page,
  browser,
}) => {
  const title = uniqueTitle('Wash your hands');
  await signIn(page, 'marketer@riverside.example', '/content/new');
  await page.getByLabel('Body (required)', { exact: true }).fill('Use soap. Scrub well.');
  await expect(page.getByText('patient materials aim at 8 or below')).toBeVisible();
  await writeContent(page, {
    title,
    format: 'Health tip',
    body: 'Wash your hands with soap and water. Scrub for twenty seconds. Dry them well.',
    channels: { X: 'Wash your hands for 20 seconds. #HealthyHabits' },
    citation: { title: 'When and How to Wash Your Hands', url: 'https://www.cdc.gov/clean-hands/about/index.html' },
  });
  await expect(page.getByRole('region', { name: 'Channel previews' })).toContainText('/ 280');

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(statusLine(page)).toContainText('In clinical review');

  await approveAs(browser, 'reviewer@riverside.example', title, { viaHome: true });

  await page.reload();
  await expect(statusLine(page)).toContainText('Approved');
  await page.getByRole('button', { name: 'Schedule…' }).click();
  await page.getByLabel('Publish at').fill(inAnHour());
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(workflow(page)).toContainText('Scheduled for');
  await expect(statusLine(page)).toContainText('publishes');

  await page.getByRole('button', { name: 'Publish now…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish now?' });
  await dialog.getByRole('button', { name: 'Publish now' }).click();
  await expect(statusLine(page)).toContainText('Published');
  const publications = page.getByRole('region', { name: 'Publications' });
  await expect(publications.getByRole('row', { name: /X Published/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Reviews', exact: true })).toContainText(
    'Clinical review: Approved by Priya Nair',
  );
});
