import { expect, test } from '@playwright/test';
import { signIn } from './support/signIn.ts';

/** A datetime-local value a week from now, in the browser's (and this process's) time zone. */
function nextWeek(): string {
  const date = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T18:30`;
}

test('a marketer schedules a live Q&A session and a moderator starts it', async ({ page, browser }) => {
  const title = `E2E live session ${Date.now()}`;
  await signIn(page, 'marketer@riverside.example', '/live-sessions');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Live Q&A' }).click();
  await page.getByRole('link', { name: 'New session' }).click();

  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByLabel('Host name')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Description').fill('Questions about heart health, answered live.');
  await page.getByLabel('Host name').fill('Dr. Sam Lee');
  await page.getByLabel('Host credentials').fill('MD, Cardiology');
  await page.getByLabel('Scheduled start').fill(nextWeek());
  await page.getByLabel('Stream URL').fill('https://www.youtube.com/@riversidehealth/live');
  // Marketers schedule; the moderators they name run the session.
  await page.getByRole('group', { name: 'Moderators' }).getByLabel('Elena Novak (moderator@riverside.example)').check();
  await page.getByLabel('Allow anonymous questions').uncheck();
  await page.getByLabel('Moderation mode').selectOption('POST_MODERATION');
  await page.getByLabel('Questions per minute').fill('2');
  await page.getByRole('button', { name: 'Create session' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Dr. Sam Lee, MD, Cardiology');
  await expect(main).toContainText('Elena Novak (moderator@riverside.example)');
  await expect(main.locator('.badge')).toHaveText('Scheduled');
  await expect(page.getByText(/^[A-HJKMNP-Z2-9]{8}$/)).toBeVisible();

  // Marketers schedule; running the session is for moderators (and admins).
  await expect(page.getByRole('button', { name: 'Start session' })).toHaveCount(0);
  const detailPath = new URL(page.url()).pathname;

  const moderatorContext = await browser.newContext();
  try {
    const moderator = await moderatorContext.newPage();
    await signIn(moderator, 'moderator@riverside.example', detailPath);
    const moderatorMain = moderator.getByRole('main');
    await expect(moderator.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await moderator.getByRole('button', { name: 'Start session' }).click();
    await expect(moderatorMain.getByText('Session is now live.')).toBeVisible();
    await expect(moderatorMain.locator('.badge')).toHaveText('Live');
    await expect(moderator.getByRole('button', { name: 'Start session' })).toHaveCount(0);
    await expect(moderator.getByRole('button', { name: 'End session' })).toBeVisible();

    await moderator.reload();
    await expect(moderator.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(moderatorMain.locator('.badge')).toHaveText('Live');
  } finally {
    await moderatorContext.close();
  }
});
