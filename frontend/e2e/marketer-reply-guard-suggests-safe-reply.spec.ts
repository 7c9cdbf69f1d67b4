import { expect, test } from '@playwright/test';
import { graphql, otherUsersToken } from './support/api.ts';
import { signIn } from './support/signIn.ts';

const IMPORT = `mutation ($input: IngestFeedbackInput!) {
  importFeedback(input: $input) { results { threadId } userErrors { message } }
}`;

test('a public reply saying "your test results are ready" is blocked and the suggested safe reply is sent instead', async ({
  page,
  request,
}) => {
  const externalId = `e2e-review-${Date.now().toString(36)}`;
  const token = await otherUsersToken(request, 'MARKETER');
  const imported = await graphql<{ importFeedback: { results: { threadId: string }[] } }>(request, token, IMPORT, {
    input: {
      items: [
        {
          source: 'GOOGLE_REVIEW',
          externalId,
          visibility: 'PUBLIC',
          authorName: 'Jordan P.',
          rating: 2,
          message: `Still waiting to hear back after my visit last week (${externalId}).`,
          sentAt: new Date().toISOString(),
        },
      ],
    },
  });
  const threadId = imported.importFeedback.results[0].threadId;

  await signIn(page, 'marketer@riverside.example', `/inbox/${encodeURIComponent(threadId)}`);
  const reply = page.getByLabel('Your reply', { exact: false });
  await reply.fill('Hi Jordan, your test results are ready: please call us.');
  await page.getByRole('button', { name: 'Send reply' }).click();

  // Refused beside the box, with why and the compliant reply to send instead.
  const refusal = page.locator('#reply-errors');
  await expect(refusal).toContainText('your test results');
  await expect(page.getByText('Not sent: see why below.')).toBeVisible();
  const conversation = page.getByRole('region', { name: /conversation/i });
  await expect(conversation).not.toContainText('your test results are ready');

  await refusal.getByRole('button', { name: 'Use this reply' }).click();
  const suggested = await reply.inputValue();
  expect(suggested).not.toContain('test results');
  expect(suggested.length).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByText('Reply sent.')).toBeVisible();
  await expect(conversation).toContainText(suggested.slice(0, 40));
});
