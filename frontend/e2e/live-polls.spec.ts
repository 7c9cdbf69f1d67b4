import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { joinAudience, openConsoleAndStart, scheduleSession } from './support/liveQa.ts';

const QUESTION = 'Will you get a flu shot this year?';

/** A poll's results list, as the console and the audience page both draw it. */
const results = (scope: Page | Locator) => scope.getByRole('list', { name: `Results of “${QUESTION}”` });
const choice = (scope: Page | Locator, label: string) =>
  results(scope).getByRole('listitem').filter({ hasText: label });

test('a moderator launches a poll, a participant answers it, and both see the vote counted', async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `E2E live poll ${Date.now()}`;
  const session = await scheduleSession(browser, title);
  const moderatorContext = await browser.newContext();
  const audienceContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const violations: string[] = [];
  try {
    const moderator = await moderatorContext.newPage();
    await openConsoleAndStart(moderator, session, title);

    // The participant is on the page first: the poll reaches it live, through the audience feed.
    const audience = await audienceContext.newPage();
    await joinAudience(audience, session.joinCode);

    // The moderator writes and launches the poll; it opens with no votes.
    await moderator.getByRole('button', { name: 'New poll' }).click();
    const draft = moderator.getByRole('region', { name: 'New poll', exact: true });
    await draft.getByRole('textbox', { name: /^Question/ }).fill(QUESTION);
    await draft.getByRole('textbox', { name: 'Choice 1' }).fill('Yes');
    await draft.getByRole('textbox', { name: 'Choice 2' }).fill('Not yet');
    violations.push(...(await seriousViolations(moderator, 'console, poll launch form')));
    await draft.getByRole('button', { name: 'Launch poll' }).click();
    const open = moderator.getByRole('region', { name: 'Poll', exact: true });
    await expect(open.getByRole('heading', { name: QUESTION })).toBeVisible();
    await expect(open.getByText('0 votes in all')).toBeVisible();
    await expect(moderator.getByRole('button', { name: 'New poll' })).toHaveCount(0);

    // The participant sees the question and its choices first, without results to sway them.
    const poll = audience.getByRole('region', { name: 'Poll', exact: true });
    const choices = poll.getByRole('group', { name: QUESTION });
    await expect(choices).toBeVisible();
    await expect(results(poll)).toHaveCount(0);
    violations.push(...(await seriousViolations(audience, 'audience page, open poll')));
    await choices.getByRole('radio', { name: 'Yes' }).check();
    await poll.getByRole('button', { name: 'Vote' }).click();
    await expect(poll.getByText('You chose Yes.')).toBeVisible();

    // Both pages count the vote: 1 vote, 100% for Yes, 0% for Not yet.
    await expect(choice(poll, 'Yes')).toContainText('1 vote, 100%');
    await expect(choice(poll, 'Not yet')).toContainText('0 votes, 0%');
    await expect(poll.getByText('1 vote in all')).toBeVisible();
    await expect(choice(open, 'Yes')).toContainText('1 vote, 100%');
    await expect(choice(open, 'Not yet')).toContainText('0 votes, 0%');
    await expect(open.getByText('1 vote in all')).toBeVisible();
    violations.push(...(await seriousViolations(audience, 'audience page, answered poll')));
    violations.push(...(await seriousViolations(moderator, 'console, open poll with a vote')));

    // A reload keeps the participant's answer: the page reads it back, and offers no second vote.
    await audience.reload();
    await expect(poll.getByText('You chose Yes.')).toBeVisible();
    await expect(poll.getByRole('button', { name: 'Vote' })).toHaveCount(0);
    await expect(choice(poll, 'Yes')).toContainText('1 vote, 100%');

    // Closing asks first; then both show the final results, and New poll is offered again.
    await open.getByRole('button', { name: 'Close poll' }).click();
    const dialog = moderator.getByRole('dialog', { name: 'Close this poll?' });
    await dialog.getByRole('button', { name: 'Close poll' }).click();
    await expect(moderator.getByRole('button', { name: 'New poll' })).toBeVisible();
    await expect(moderator.getByText('Past polls (1)')).toBeVisible();
    const closed = audience.getByRole('region', { name: 'Poll closed: final results' });
    await expect(closed).toBeVisible();
    await expect(choice(closed, 'Yes')).toContainText('1 vote, 100%');
    await expect(closed.getByText('You chose Yes.')).toBeVisible();
    expect(violations).toEqual([]);
  } finally {
    await audienceContext.close();
    await moderatorContext.close();
  }
});
