import { expect, test } from '@playwright/test';
import { ask, card, column, joinAudience, openConsoleAndStart, scheduleSession } from './support/liveQa.ts';

test('a rejection can be undone, and ticked questions are approved in one go', async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `E2E undo and bulk ${Date.now()}`;
  const session = await scheduleSession(browser, title);
  const moderatorContext = await browser.newContext();
  // A phone: the questions come before the ask form.
  const audienceContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const moderator = await moderatorContext.newPage();
    await openConsoleAndStart(moderator, session, title);
    const audience = await audienceContext.newPage();
    await joinAudience(audience, session.joinCode);
    const questionsTop = (await audience.getByRole('heading', { name: 'Questions', exact: true }).boundingBox())?.y;
    console.log(`Audience questions start at y = ${questionsTop} (390×844)`);
    expect(questionsTop).toBeLessThan(844);
    const texts = ['Can adults get RSV?', 'How long does a fever last?', 'Is honey safe for toddlers?'];
    for (const text of texts) await ask(audience, text);
    for (const text of texts) await expect(card(moderator, 'Pending', text)).toBeVisible();

    // The queues come first: on a 1440×900 screen the Pending queue starts in the top third.
    await moderator.setViewportSize({ width: 1440, height: 900 });
    const pendingTop = (await column(moderator, 'Pending').boundingBox())?.y ?? Infinity;
    console.log(`Pending queue starts at y = ${pendingTop} (1440×900)`);
    expect(pendingTop).toBeLessThan(300);

    // Reject with the keyboard; the notice offers Undo, which puts the question back in Pending.
    await card(moderator, 'Pending', texts[0]).focus();
    await moderator.keyboard.press('r');
    await expect(moderator.getByText('Question rejected.')).toBeVisible();
    await expect(card(moderator, 'Pending', texts[0])).toHaveCount(0);
    await moderator.getByRole('button', { name: 'Undo' }).click();
    await expect(card(moderator, 'Pending', texts[0])).toBeVisible();
    await expect(moderator.getByText('Question rejected.')).toHaveCount(0);

    // Tick all pending questions and approve them at once: the audience sees all three.
    const pending = column(moderator, 'Pending');
    await pending.getByRole('checkbox', { name: 'Select all' }).check();
    await expect(pending.getByText('3 selected')).toBeVisible();
    await pending.getByRole('button', { name: 'Approve selected' }).click();
    await expect(moderator.getByText('3 questions approved.')).toBeVisible();
    for (const text of texts) await expect(card(moderator, 'Approved', text)).toBeVisible();
    const list = audience.getByRole('region', { name: 'Questions', exact: true });
    for (const text of texts) await expect(list.getByText(text)).toBeVisible();
  } finally {
    await audienceContext.close();
    await moderatorContext.close();
  }
});

test('the projector shows the QR code and the answered question; ending needs confirming; the recap is public', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `E2E projector and recap ${Date.now()}`;
  const session = await scheduleSession(browser, title, { publishRecap: true });
  const moderatorContext = await browser.newContext();
  const audienceContext = await browser.newContext();
  const publicContext = await browser.newContext();
  try {
    const moderator = await moderatorContext.newPage();
    await openConsoleAndStart(moderator, session, title);
    const audience = await audienceContext.newPage();
    await joinAudience(audience, session.joinCode);
    const question = 'Should my child get the flu shot?';
    const answer = 'Yes: every autumn, from six months of age.';
    await ask(audience, question);
    await card(moderator, 'Pending', question).getByRole('button', { name: 'Approve' }).click();
    await card(moderator, 'Approved', question).getByRole('button', { name: 'Pin' }).click();
    await card(moderator, 'Approved', question).getByRole('button', { name: 'Mark answered' }).click();
    await moderator.getByRole('textbox', { name: 'Answer (optional)' }).fill(answer);
    await moderator.getByRole('button', { name: 'Mark answered' }).click();
    await expect(card(moderator, 'Answered', question)).toContainText(answer);

    // The projector: a QR code of the audience link, the join code, the pinned question answered.
    const projector = await moderatorContext.newPage();
    await projector.goto(`/live-sessions/${encodeURIComponent(session.id)}/projector`);
    const link = new URL(`/live/${session.joinCode}`, projector.url()).href;
    const qr = projector.getByRole('img', { name: `QR code for ${link}` });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
    await expect(projector.getByText(session.joinCode, { exact: true })).toBeVisible();
    await expect(projector.getByText(question)).toBeVisible();
    await expect(projector.getByText('Answered', { exact: true })).toBeVisible();
    await expect(projector.getByText(answer)).toBeVisible();
    await expect(projector.getByText('Live updates on.')).toHaveCount(0);
    await projector.close();

    // Ending is final: the first attempt is cancelled and the session stays live.
    await moderator.getByRole('button', { name: 'End session' }).click();
    const dialog = moderator.getByRole('dialog', { name: 'End this session?' });
    await expect(dialog).toContainText('Ending is final');
    await dialog.getByRole('button', { name: 'Keep it live' }).click();
    await expect(dialog).toBeHidden();
    await expect(moderator.getByRole('main').locator('.console-header .badge')).toHaveText('Live');
    await moderator.getByRole('button', { name: 'End session' }).click();
    await dialog.getByRole('button', { name: 'End session now' }).click();
    await expect(moderator.getByText('Session is now ended.')).toBeVisible();
    await expect(moderator.getByRole('main').locator('.console-header .badge')).toHaveText('Ended');

    // Anyone with the code now reads the answered questions (the recap is published).
    const visitor = await publicContext.newPage();
    await visitor.goto(`/live/${session.joinCode}`);
    await visitor.getByRole('button', { name: 'Join' }).click();
    await expect(visitor.getByText('This session has ended')).toBeVisible();
    const answered = visitor.getByRole('region', { name: 'Answered' });
    await expect(answered.getByText(question)).toBeVisible();
    await expect(answered.getByText(answer)).toBeVisible();
  } finally {
    await publicContext.close();
    await audienceContext.close();
    await moderatorContext.close();
  }
});
