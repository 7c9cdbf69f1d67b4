import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { statusLine, uniqueTitle, workflow, writeContent } from './support/content.ts';
import { signIn } from './support/signIn.ts';

test('a patient story with a date of birth in its body is blocked, the finding shown next to the body', async ({
  page,
}) => {
  const title = uniqueTitle('Ahmed’s story');
  const body = 'Ahmed Karimi, DOB 04/12/1961, had his heart surgery here.';
  await signIn(page, 'marketer@riverside.example', '/content/new');
  await page.getByLabel('Body (required)', { exact: true }).fill(body);
  // The scanner's live finding, under the body, before anything is saved.
  await expect(page.locator('#content-body-phi')).toContainText('Possible personal date: “');
  expect(await seriousViolations(page, 'content editor with a live finding')).toEqual([]);

  await writeContent(page, { title, format: 'Patient story', body, channels: { Facebook: 'Ahmed’s heart' } });
  await page.getByRole('button', { name: 'Submit for review' }).click();

  const refusal = workflow(page).getByRole('alert');
  await expect(refusal).toContainText('This step was refused');
  await expect(refusal).toContainText('Possible protected health information');
  const bodySection = page.getByRole('region', { name: 'Body' });
  await expect(bodySection).toContainText('Possible protected health information');
  await expect(bodySection).toContainText('personal date');
  await expect(statusLine(page)).toContainText('Draft');
  expect(await seriousViolations(page, 'content detail with a refused submission')).toEqual([]);
});
