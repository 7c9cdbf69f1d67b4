import { expect, test } from '@playwright/test';
import { graphql } from './support/api.ts';
import { settled, signIn } from './support/signIn.ts';
import { IDP_URL } from './support/urls.ts';

// Lakeside's own policy, so no other spec (Riverside's) meets it.
test('a marketer reads and accepts the posting policy before the editor opens', async ({ page, request }) => {
  const response = await request.post(`${IDP_URL}/dev/token`, {
    form: { org: 'lakeside-clinic', roles: 'ADMIN', email: 'admin@lakeside.example' },
  });
  const admin = (await response.text()).trim();
  const current = await graphql<{ postingPolicy: { version: number } }>(
    request,
    admin,
    '{ postingPolicy { version } }',
  );
  await graphql(
    request,
    admin,
    'mutation($input: UpdatePostingPolicyInput!) { updatePostingPolicy(input: $input) { userErrors { message } } }',
    {
      input: {
        expectedVersion: current.postingPolicy.version,
        text: 'Share general health information only.\nNever give one person medical advice.',
      },
    },
  );

  await signIn(page, 'marketer@lakeside.example', '/content/new');
  await settled(page);
  await expect(page.getByRole('heading', { name: /posting policy/ })).toBeVisible();
  await expect(page.getByText('Never give one person medical advice.')).toBeVisible();
  await expect(page.getByLabel(/^Title/)).toHaveCount(0);

  await page.getByRole('button', { name: 'I have read the policy and will follow it' }).click();
  await expect(page.getByLabel(/^Title/)).toBeVisible();
});
