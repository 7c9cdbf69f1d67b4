import { expect, type Page } from '@playwright/test';
import { IDP_URL, SPA_URL } from './urls.ts';

export const DEMO_PASSWORD = 'demo';

/** Where oidc-client-ts keeps the signed-in user, in the SPA's sessionStorage. */
const USER_KEY = `oidc.user:${IDP_URL}:carepulse-spa`;

/**
 * Each user's signed-in state after their first sign-in through the form, per worker (this
 * module's scope). Tests that only need someone signed in start from it: about 2 s less each than
 * the IdP's form. The form is still used once per user and worker, with its checks.
 */
const signedIn = new Map<string, string>();
let calls = 0;

/**
 * Signs in and waits for the app's header. The first time for this user in this worker, or with
 * `throughTheForm` (tests about the IdP session itself, like signing out), through the dev IdP's
 * login form; after that the tab starts with the user the form gave, as a reload would.
 */
export async function signIn(
  page: Page,
  email: string,
  path = '/campaigns',
  { throughTheForm = false }: { throughTheForm?: boolean } = {},
): Promise<void> {
  const user = signedIn.get(email);
  if (user && !throughTheForm) {
    // In every tab of the context, as the IdP's session cookie would sign a new tab in; once per
    // tab and call, on the SPA's origin only: a tab signed out stays signed out, and a later call
    // for someone else wins over an earlier one.
    const call = ++calls;
    await page.context().addInitScript(
      ([origin, key, value, order]) => {
        if (location.origin === origin && Number(sessionStorage.getItem('e2e.signed-in') ?? 0) < order) {
          sessionStorage.setItem(key, value);
          sessionStorage.setItem('e2e.signed-in', String(order));
        }
      },
      [SPA_URL, USER_KEY, user, call] as const,
    );
    await page.goto(path);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
    return;
  }
  await page.goto(path);
  await page.waitForURL((url) => url.origin === IDP_URL);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.origin !== IDP_URL && !url.pathname.startsWith('/callback'));
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
  // The authorization code must not linger in the address bar or history.
  expect(page.url()).not.toMatch(/[?&](code|state)=/);
  const stored = await page.evaluate((key) => sessionStorage.getItem(key), USER_KEY);
  if (!stored) throw new Error(`No signed-in user in sessionStorage after ${email} signed in.`);
  signedIn.set(email, stored);
}

/** The access token oidc-client-ts keeps in sessionStorage for this issuer and client. */
export async function readAccessToken(page: Page): Promise<string> {
  const token = await page.evaluate(
    (key) => (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token,
    USER_KEY,
  );
  if (!token) throw new Error('No access token in sessionStorage.');
  return token;
}

/** Waits until no loading indicator is left on the page. */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}
