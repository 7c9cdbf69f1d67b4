import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { readAccessToken, signIn } from './support/signIn.ts';

const PHI_QUESTION = 'Please call me at 617-555-0134 about my results';

interface CreatedSession {
  id: string;
  joinCode: string;
}

/**
 * Schedules a pre-moderated session through the API as an admin (createLiveSession is for ADMIN
 * and MARKETER), moderated by the demo moderator, in a context of its own that is closed again.
 */
async function scheduleSession(browser: Browser, title: string): Promise<CreatedSession> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'admin@riverside.example');
  const token = await readAccessToken(page);
  const body = await page.evaluate(
    async ({ accessToken, sessionTitle, scheduledStart }) => {
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` };
      const users = await fetch('/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: '{ users(first: 100, filter: { roles: [MODERATOR] }) { edges { node { id email } } } }',
        }),
      }).then((r) => r.json() as Promise<{ data: { users: { edges: { node: { id: string; email: string } }[] } } }>);
      const moderator = users.data.users.edges.find(({ node }) => node.email === 'moderator@riverside.example');
      const response = await fetch('/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: `mutation($input: CreateLiveSessionInput!) {
            createLiveSession(input: $input) { liveSession { id joinCode } userErrors { code message } }
          }`,
          variables: {
            input: {
              title: sessionTitle,
              host: { name: 'Dr. Ana Ruiz', credentials: 'MD, Pediatrics' },
              moderatorIds: moderator ? [moderator.node.id] : [],
              scheduledStart,
              settings: { moderationMode: 'PRE_MODERATION', anonymousQuestionsAllowed: true, questionsPerMinute: 10 },
            },
          },
        }),
      });
      return response.json() as Promise<{
        data?: { createLiveSession: { liveSession: CreatedSession | null; userErrors: { message: string }[] } };
      }>;
    },
    { accessToken: token, sessionTitle: title, scheduledStart: new Date(Date.now() + 3_600_000).toISOString() },
  );
  await context.close();
  const session = body.data?.createLiveSession.liveSession;
  if (!session) throw new Error(`Session not created: ${JSON.stringify(body)}`);
  return session;
}

async function ask(audience: Page, text: string): Promise<void> {
  await audience.getByRole('textbox', { name: 'Your question' }).fill(text);
  await audience.getByRole('button', { name: 'Ask question' }).click();
  await expect(audience.getByRole('region', { name: 'Your questions' }).getByText(text)).toBeVisible();
}

const column = (page: Page, name: 'Pending' | 'Approved' | 'Answered') =>
  page.getByRole('region', { name: new RegExp(`^${name}`) });
const card = (page: Page, name: 'Pending' | 'Approved' | 'Answered', text: string) =>
  column(page, name).getByRole('article').filter({ hasText: text });
const audienceList = (audience: Page) => audience.getByRole('region', { name: 'Questions', exact: true });

test('a participant asks, a moderator approves, and suspected PHI never reaches the audience', async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `E2E live Q&A ${Date.now()}`;
  const session = await scheduleSession(browser, title);
  const violations: string[] = [];

  // The moderator opens the console and starts the session.
  const moderatorContext = await browser.newContext();
  const moderator = await moderatorContext.newPage();
  await signIn(moderator, 'moderator@riverside.example', `/live-sessions/${encodeURIComponent(session.id)}`);
  await moderator.getByRole('link', { name: 'Moderator console' }).click();
  await expect(moderator.getByRole('heading', { level: 1, name: `Moderate: ${title}` })).toBeVisible();
  await moderator.getByRole('button', { name: 'Start session' }).click();
  await expect(moderator.getByText('Session is now live.')).toBeVisible();

  // The participant joins without an account, by the join code alone.
  const participantContext = await browser.newContext();
  const audience = await participantContext.newPage();
  await audience.goto(`/live/${session.joinCode}`);
  await expect(audience.getByRole('heading', { level: 1, name: 'Join the live Q&A' })).toBeVisible();
  await audience.getByRole('textbox', { name: /Your name/ }).fill('Pat');
  await audience.getByRole('button', { name: 'Join' }).click();
  await expect(audience.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(audience.getByText('You joined as Pat.')).toBeVisible();
  expect(audience.url()).not.toMatch(/token/i);

  const first = 'How long is a cold contagious?';
  await ask(audience, first);
  await expect(audience.getByRole('region', { name: 'Your questions' })).toContainText('Awaiting moderation');

  // It reaches the console live, pending, with the participant's name; approving publishes it.
  await expect(card(moderator, 'Pending', first)).toBeVisible();
  await expect(card(moderator, 'Pending', first)).toContainText('Pat');
  await card(moderator, 'Pending', first).getByRole('button', { name: 'Approve' }).click();
  await expect(card(moderator, 'Approved', first)).toBeVisible();
  await expect(audienceList(audience).getByText(first)).toBeVisible();

  // A question with a phone number is held back and marked for the moderator.
  await ask(audience, PHI_QUESTION);
  const flagged = card(moderator, 'Pending', 'Please call me at');
  await expect(flagged).toBeVisible();
  await expect(flagged.getByText('Suspected PHI')).toBeVisible();
  await expect(flagged.locator('mark')).toContainText('617-555-0134');
  // It cannot be approved as it is: the console says why and offers Edit only.
  await expect(flagged.getByText('Held back: edit out the highlighted details to approve it.')).toBeVisible();
  await expect(flagged.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(flagged.getByRole('button', { name: 'Edit' })).toBeVisible();

  // A later clean question goes through: once the audience shows it, the flagged one is still absent.
  const second = 'Is it safe to exercise with a cold?';
  await ask(audience, second);
  await card(moderator, 'Pending', second).getByRole('button', { name: 'Approve' }).click();
  await expect(audienceList(audience).getByText(second)).toBeVisible();
  await expect(audienceList(audience).getByText(/617-555-0134|Please call me/)).toHaveCount(0);
  await expect(audience.getByRole('region', { name: 'Answered' }).getByText(/617-555-0134/)).toHaveCount(0);
  // Only its author sees it, in "Your questions", still awaiting moderation.
  await expect(
    audience
      .getByRole('region', { name: 'Your questions' })
      .getByRole('listitem')
      .filter({ hasText: 'Please call me' }),
  ).toContainText('Awaiting moderation');

  // Someone else in the audience (a tab of its own, joined anonymously) sees no trace of it at all.
  const onlooker = await participantContext.newPage();
  await onlooker.goto(`/live/${session.joinCode}`);
  await onlooker.getByRole('button', { name: 'Join' }).click();
  await expect(onlooker.getByText('You joined anonymously.')).toBeVisible();
  await expect(audienceList(onlooker).getByText(second)).toBeVisible();
  await expect(onlooker.locator('body')).not.toContainText('617-555-0134');
  await expect(onlooker.locator('body')).not.toContainText('Please call me');

  // Pinning puts the question on the projector and on top for the audience.
  await card(moderator, 'Approved', first).getByRole('button', { name: 'Pin' }).click();
  await expect(audienceList(audience).getByRole('listitem').first()).toContainText('Now answering');
  await expect(audienceList(audience).getByRole('listitem').first()).toContainText(first);
  await expect(audienceList(onlooker).getByRole('listitem').first()).toContainText(first);
  await expect(onlooker.locator('body')).not.toContainText('617-555-0134');

  violations.push(...(await seriousViolations(moderator, 'moderator console')));
  violations.push(...(await seriousViolations(audience, 'audience page')));
  await moderator.goto(`/live-sessions/${encodeURIComponent(session.id)}/projector`);
  await expect(moderator.getByText(first)).toBeVisible();
  violations.push(...(await seriousViolations(moderator, 'projector')));
  expect(violations).toEqual([]);

  await participantContext.close();
  await moderatorContext.close();
});
