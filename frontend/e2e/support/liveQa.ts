import { expect, type Browser, type Page } from '@playwright/test';
import { readAccessToken, signIn } from './signIn.ts';

export interface CreatedSession {
  id: string;
  joinCode: string;
}

/**
 * Schedules a pre-moderated session through the API as an admin, moderated by the demo
 * moderator, in a context of its own that is closed again.
 */
export async function scheduleSession(
  browser: Browser,
  title: string,
  settings: Record<string, unknown> = {},
): Promise<CreatedSession> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'admin@riverside.example');
  const token = await readAccessToken(page);
  const body = await page.evaluate(
    async ({ accessToken, sessionTitle, scheduledStart, extraSettings }) => {
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` };
      const call = (query: string, variables: Record<string, unknown> = {}) =>
        fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) }).then(
          (r) => r.json() as Promise<Record<string, unknown>>,
        );
      const users = (await call(
        '{ users(first: 100, filter: { roles: [MODERATOR] }) { edges { node { id email } } } }',
      )) as {
        data: { users: { edges: { node: { id: string; email: string } }[] } };
      };
      const moderator = users.data.users.edges.find(({ node }) => node.email === 'moderator@riverside.example');
      return call(
        `mutation($input: CreateLiveSessionInput!) {
          createLiveSession(input: $input) { liveSession { id joinCode } userErrors { code message } }
        }`,
        {
          input: {
            title: sessionTitle,
            host: { name: 'Dr. Ana Ruiz', credentials: 'MD, Pediatrics' },
            moderatorIds: moderator ? [moderator.node.id] : [],
            scheduledStart,
            settings: { moderationMode: 'PRE_MODERATION', questionsPerMinute: 10, ...extraSettings },
          },
        },
      ) as Promise<{ data?: { createLiveSession: { liveSession: CreatedSession | null } } }>;
    },
    {
      accessToken: token,
      sessionTitle: title,
      scheduledStart: new Date(Date.now() + 3_600_000).toISOString(),
      extraSettings: settings,
    },
  );
  await context.close();
  const session = body.data?.createLiveSession.liveSession;
  if (!session) throw new Error(`Session not created: ${JSON.stringify(body)}`);
  return session;
}

/** Signs the demo moderator in on the session's console and starts the session there. */
export async function openConsoleAndStart(page: Page, session: CreatedSession, title: string): Promise<void> {
  await signIn(page, 'moderator@riverside.example', `/live-sessions/${encodeURIComponent(session.id)}/console`);
  await expect(page.getByRole('heading', { level: 1, name: `Moderate: ${title}` })).toBeVisible();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByText('Session is now live.')).toBeVisible();
}

/** Joins the session as an anonymous participant on `audience`. */
export async function joinAudience(audience: Page, joinCode: string): Promise<void> {
  await audience.goto(`/live/${joinCode}`);
  await audience.getByRole('button', { name: 'Join' }).click();
  await expect(audience.getByText('You joined anonymously.')).toBeVisible();
}

export async function ask(audience: Page, text: string): Promise<void> {
  await audience.getByRole('textbox', { name: 'Your question' }).fill(text);
  await audience.getByRole('button', { name: 'Ask question' }).click();
  await expect(audience.getByRole('region', { name: 'Your questions' }).getByText(text)).toBeVisible();
}

export const column = (page: Page, name: 'Pending' | 'Approved' | 'Answered' | 'Rejected') =>
  page.getByRole('region', { name: new RegExp(`^${name}`) });
export const card = (page: Page, name: 'Pending' | 'Approved' | 'Answered' | 'Rejected', text: string) =>
  column(page, name).getByRole('article').filter({ hasText: text });
