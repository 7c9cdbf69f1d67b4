import { expect, test } from '@playwright/test';
import { signIn } from './support/signIn.ts';
import { IDP_URL } from './support/urls.ts';

test('signing out ends the session at the identity provider', async ({ page }) => {
  // Through the form: the IdP's session is what this test ends.
  await signIn(page, 'moderator@riverside.example', '/campaigns', { throughTheForm: true });
  await page.getByRole('button', { name: 'Sign out' }).click();

  // Back through the IdP's end_session endpoint to the app, which asks for a new sign-in.
  await page.waitForURL((url) => url.origin === IDP_URL && !url.pathname.includes('logout'));
  await expect(page.locator('input[name="username"]')).toBeVisible();
  await page.goto('/campaigns');
  await expect(page.locator('input[name="password"]')).toBeVisible();
});
