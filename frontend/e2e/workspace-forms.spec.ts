import { expect, test } from '@playwright/test';
import { graphql, otherUsersToken } from './support/api.ts';
import { signIn } from './support/signIn.ts';

const CREATE = `mutation($input: CreateCampaignInput!) {
  createCampaign(input: $input) { campaign { id version } userErrors { message } }
}`;
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { userErrors { message } } }`;

test('a conflict notice is shown in view and focused, theirs beside mine, and reload-and-reapply saves', async ({
  page,
  request,
}) => {
  const name = `E2E conflict ${Date.now()}`;
  const colleague = await otherUsersToken(request);
  const created = await graphql<{ createCampaign: { campaign: { id: string; version: number } } }>(
    request,
    colleague,
    CREATE,
    { input: { name, description: 'Written first.', objective: 'EDUCATION', startDate: '2026-11-01' } },
  );
  const { id, version } = created.createCampaign.campaign;

  await signIn(page, 'marketer@riverside.example', `/campaigns/${encodeURIComponent(id)}/edit`);
  await page.getByLabel('Description').fill('Mine, typed while they saved.');
  // Someone else renames it meanwhile.
  await graphql(request, colleague, UPDATE, { input: { id, expectedVersion: version, name: `${name} renamed` } });

  await page.getByRole('button', { name: 'Save changes' }).click();
  const notice = page.getByRole('region', { name: 'Not saved: someone else changed this campaign' });
  await expect(notice).toBeFocused();
  await expect(notice).toBeInViewport();
  const changes = notice.getByRole('table', { name: 'Saved values and your values of the campaign' });
  await expect(changes.getByRole('row')).toHaveText([
    'FieldTheirs (saved)Mine (not saved)',
    `Name${name} renamed${name}`,
    'DescriptionWritten first.Mine, typed while they saved.',
  ]);

  await notice.getByRole('button', { name: 'Reload and reapply my changes' }).click();
  await expect(page.getByText('The latest version is loaded with your changes on top.')).toBeFocused();
  await expect(page.getByLabel('Name')).toHaveValue(`${name} renamed`);
  await expect(page.getByLabel('Description')).toHaveValue('Mine, typed while they saved.');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `${name} renamed` })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Mine, typed while they saved.');
});

test('the segment picker filters and selects by keyboard', async ({ page }) => {
  const name = `E2E picker ${Date.now()}`;
  await signIn(page, 'marketer@riverside.example', '/campaigns/new');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Objective').selectOption('PREVENTION');
  await page.getByLabel('Start date').fill('2026-10-01');

  const picker = page.getByRole('combobox', { name: 'Audience segments' });
  await picker.focus();
  await page.keyboard.type('senior');
  const listbox = page.getByRole('listbox', { name: 'Audience segments' });
  await expect(listbox.getByRole('option')).toHaveText(['Seniors 65+']);
  await expect(page.getByRole('status').filter({ hasText: '1 segment matches. 0 selected.' })).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(listbox.getByRole('option', { name: 'Seniors 65+' })).toHaveAttribute('aria-selected', 'true');

  await picker.fill('');
  await page.keyboard.type('young');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(picker).toBeFocused();
  const chips = page.getByRole('list', { name: 'Selected segments' });
  await expect(chips.getByRole('listitem')).toHaveText(['Seniors 65+×', 'Young parents×']);

  await chips.getByRole('button', { name: 'Remove Young parents' }).click();
  await expect(chips.getByRole('listitem')).toHaveText(['Seniors 65+×']);

  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Audience segments' }).getByRole('link')).toHaveText(['Seniors 65+']);
});

test('leaving a form with unsaved changes asks first; after saving it does not', async ({ page }) => {
  const name = `E2E unsaved ${Date.now()}`;
  await signIn(page, 'marketer@riverside.example', '/campaigns/new');
  const nav = page.getByRole('navigation', { name: 'Main' });

  // Nothing typed: leaving needs no answer.
  await nav.getByRole('link', { name: 'Audience segments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audience segments' })).toBeVisible();
  await page.goBack();

  await page.getByLabel('Name').fill(name);
  const dialogs: string[] = [];
  page.once('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await nav.getByRole('link', { name: 'Audience segments' }).click();
  await expect.poll(() => dialogs).toEqual(['You have unsaved changes. Leave this page and lose them?']);
  await expect(page.getByRole('heading', { level: 1, name: 'New campaign' })).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue(name);

  await page.getByLabel('Objective').selectOption('AWARENESS');
  await page.getByLabel('Start date').fill('2026-10-01');
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await nav.getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  expect(dialogs).toHaveLength(1);
});
