import { expect, type Page } from '@playwright/test';
import { IDP_URL } from './urls.ts';

export const DEMO_PASSWORD = 'demo';

/** Signs in through the dev IdP's login form and waits for the campaign list. */
export async function signIn(page: Page, email: string, path = '/campaigns'): Promise<void> {
  await page.goto(path);
  await page.waitForURL((url) => url.origin === IDP_URL);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.origin !== IDP_URL && !url.pathname.startsWith('/callback'));
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
  // The authorization code must not linger in the address bar or history.
  expect(page.url()).not.toMatch(/[?&](code|state)=/);
}

/** The access token oidc-client-ts keeps in sessionStorage for this issuer and client. */
export async function readAccessToken(page: Page): Promise<string> {
  const token = await page.evaluate(
    (key) => (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token,
    `oidc.user:${IDP_URL}:carepulse-spa`,
  );
  if (!token) throw new Error('No access token in sessionStorage.');
  return token;
}

/** Waits until no loading indicator is left on the page. */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}
