import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { fillCompleteConsent, madeUpPatient } from './support/consents.ts';
import { signIn } from './support/signIn.ts';

test('a compliance officer records a complete consent and finds it in the list by the patient', async ({ page }) => {
  const patient = madeUpPatient();
  await signIn(page, 'compliance@riverside.example', '/consents');

  await page.getByRole('link', { name: 'Record consent' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record consent' })).toBeVisible();
  await fillCompleteConsent(page, patient);
  await page.getByRole('button', { name: 'Record consent' }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^C-\d{4}-\d+/ });
  await expect(heading).toBeVisible();
  const label = (await heading.textContent())!;
  await expect(page.getByRole('region', { name: 'Patient' })).toContainText(patient.name);
  await expect(page.getByRole('region', { name: 'Statements' }).getByText(/^Acknowledged:/)).toHaveCount(3);
  // Reading the patient is itself logged, and the page shows the log after its own read.
  await expect(page.getByRole('table', { name: 'Access log, newest first' })).toContainText('patient.name');
  expect(await seriousViolations(page, 'consent detail')).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Consents' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(`${patient.name} ${patient.dateOfBirth}`);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('table').getByRole('link', { name: label })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  // A patient's name and birth date stay out of the address (history, access logs).
  expect(decodeURIComponent(page.url())).not.toContain(patient.name.split(' ')[1]);
});
