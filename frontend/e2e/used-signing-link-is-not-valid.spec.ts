import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { openOnPhone, requestConsentThroughApi, signThroughApi } from './support/consentRequests.ts';
import { SPA_URL } from './support/urls.ts';

const NOT_VALID = 'This link is not valid any more. Ask the clinic for a new one.';

test('a used signing link says it is not valid, and reveals nothing of the request', async ({ browser, request }) => {
  const sent = await requestConsentThroughApi(request);
  await signThroughApi(request, sent.signingLink, sent.patient);
  const violations: string[] = [];

  for (const colorScheme of ['light', 'dark'] as const) {
    const phone = await openOnPhone(browser, sent.signingLink, colorScheme);
    await expect(phone.page.getByRole('heading', { level: 1, name: 'This link is not valid any more' })).toBeVisible();
    await expect(phone.page.getByText(NOT_VALID)).toBeVisible();
    expect(phone.page.url()).toBe(`${SPA_URL}/consent`);
    const body = (await phone.page.locator('body').innerText()).toLowerCase();
    for (const hidden of ['riverside', sent.patient.name.toLowerCase(), 'date of birth'])
      expect(body).not.toContain(hidden);
    violations.push(...(await seriousViolations(phone.page, `used link (${colorScheme})`)));
    await phone.context.close();
  }

  // A link that never existed reads exactly the same.
  const unknown = await openOnPhone(browser, `${SPA_URL}/consent#${'x'.repeat(43)}`);
  await expect(unknown.page.getByText(NOT_VALID)).toBeVisible();
  await unknown.context.close();
  expect(violations).toEqual([]);
});
