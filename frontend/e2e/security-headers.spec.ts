import { expect, test } from '@playwright/test';
import { settled, signIn } from './support/signIn.ts';
import { IDP_URL, SPA_URL } from './support/urls.ts';

test('the SPA is served under a Content-Security-Policy without inline scripts, and runs under it', async ({
  page,
  request,
}) => {
  const document = await request.get(`${SPA_URL}/campaigns`);
  const csp = document.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain(`connect-src 'self' ${IDP_URL}`);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(document.headers()['x-frame-options']).toBe('DENY');
  expect(document.headers()['referrer-policy']).toBe('no-referrer');

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, 'moderator@riverside.example', '/campaigns');
  await settled(page);
  for (const name of ['Audience segments', 'Live Q&A']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await settled(page);
  }
  expect(violations).toEqual([]);
});

test('the public audience page gets its own small entry, under the same policy', async ({ page, request }) => {
  const document = await request.get(`${SPA_URL}/live/RVRS2ASK`);
  expect(document.headers()['content-security-policy']).toContain("script-src 'self';");
  const html = await document.text();
  // public.html (Preact), not the staff app's index.html.
  expect(html).toMatch(/src="\/assets\/public-[^"]+\.js"/);
  expect(html).not.toMatch(/\/assets\/index-/);

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/live/RVRS2ASK');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
