import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { signIn } from './support/signIn.ts';
import { SPA_URL } from './support/urls.ts';

test('a marketer builds and opens a survey, the public answers it by its link, and the results count the answer', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `E2E survey ${Date.now()}`;
  const violations: string[] = [];

  // The marketer builds a draft with one choice question and one rating.
  await signIn(page, 'marketer@riverside.example', '/surveys/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New survey' })).toBeVisible();
  await page.getByLabel('Title (required)', { exact: true }).fill(title);
  await page.getByLabel('Question 1 type (required)', { exact: true }).selectOption({ label: 'One choice' });
  await page.getByLabel('Question 1 prompt (required)', { exact: true }).fill('Which clinic did you visit?');
  await page.getByLabel('Question 1 option 1', { exact: true }).fill('Riverside');
  await page.getByLabel('Question 1 option 2', { exact: true }).fill('Corona');
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.getByLabel('Question 2 type (required)', { exact: true }).selectOption({ label: 'Rating, 1 to 5 stars' });
  await page.getByLabel('Question 2 prompt (required)', { exact: true }).fill('How would you rate your visit?');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Opening asks first, then the survey is open and its public link is shown.
  await page.getByRole('button', { name: 'Open survey' }).click();
  await page
    .getByRole('dialog', { name: 'Open this survey?' })
    .getByRole('button', { name: 'Open to respondents' })
    .click();
  await expect(page.getByText('Survey is now open.')).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Public link' }).inputValue();
  expect(link).toMatch(new RegExp(`^${SPA_URL}/s#[A-Z0-9]{8}$`));
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('No responses yet');

  // A member of the public answers on a phone-sized window, without signing in.
  const publicContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const respondent = await publicContext.newPage();
  await respondent.goto(link);
  await expect(respondent.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(respondent.getByRole('button', { name: 'Send answers' })).toBeVisible();
  violations.push(...(await seriousViolations(respondent, 'public survey form')));
  await respondent.getByRole('radio', { name: 'Corona' }).check();
  await respondent.getByRole('radio', { name: /^4\s*stars$/ }).check();
  await respondent.getByRole('button', { name: 'Send answers' }).click();
  await expect(respondent.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  violations.push(...(await seriousViolations(respondent, 'public survey thank-you')));

  // A reload shows the thanks again and starts no second response.
  await respondent.reload();
  await expect(respondent.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await expect(respondent.getByRole('button', { name: 'Send answers' })).toHaveCount(0);
  await publicContext.close();

  // The results count one response, the chosen option at 100%.
  await page.reload();
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results).toContainText(/Responses\s*1/);
  const choices = page.getByRole('list', { name: 'Answers to question 1' });
  await expect(choices.getByRole('listitem').filter({ hasText: 'Corona' })).toContainText('1 (100%)');
  await expect(choices.getByRole('listitem').filter({ hasText: 'Riverside' })).toContainText('0 (0%)');
  const rating = page.getByRole('list', { name: 'Answers to question 2' });
  await expect(rating.getByRole('listitem').filter({ hasText: /^4\s*stars/ })).toContainText('1 (100%)');
  violations.push(...(await seriousViolations(page, 'survey results with a response')));

  expect(violations).toEqual([]);
});
