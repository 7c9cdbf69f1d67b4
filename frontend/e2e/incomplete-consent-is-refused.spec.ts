import { expect, test } from '@playwright/test';
import { graphql, otherUsersToken } from './support/api.ts';
import { seriousViolations } from './support/axe.ts';
import { dayFromToday, madeUpPatient } from './support/consents.ts';
import { signIn } from './support/signIn.ts';

const RECORD = `mutation($input: RecordConsentInput!) {
  recordConsent(input: $input) { consent { id } userErrors { field code message } }
}`;

test('an incomplete consent is refused with one error per missing element beside its field', async ({ page }) => {
  await signIn(page, 'compliance@riverside.example', '/consents/new');
  await page.getByRole('group', { name: 'Patient' }).getByLabel('Full name').fill(madeUpPatient().name);
  await page.getByRole('button', { name: 'Record consent' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Please fix the following' });
  await expect(summary).toBeFocused();
  const beside = [
    [page.getByLabel('Description of the information'), /Describe the information to be disclosed/],
    [page.getByRole('group', { name: 'Kinds of information' }), /Choose at least one kind of information/],
    [page.getByRole('group', { name: 'Who may disclose' }), /Choose who may disclose/],
    [page.getByRole('group', { name: 'Channels' }), /Choose at least one channel/],
    [page.getByRole('group', { name: 'Purposes' }), /Choose at least one purpose/],
    [page.getByLabel('Expiration date'), /Enter the expiration date/],
    [page.getByLabel('Signer’s name'), /Enter the name of the person who signed/],
    [page.getByLabel('Signed on'), /Enter the date it was signed/],
    [page.getByRole('checkbox', { name: /may be shared again/ }), /recipients may share the information again/],
  ] as const;
  for (const [field, error] of beside) await expect(field).toHaveAccessibleDescription(error);
  await expect(summary.getByRole('listitem')).toHaveCount(13);
  expect(await seriousViolations(page, 'consent form with errors')).toEqual([]);
  await expect(page).toHaveURL(/\/consents\/new$/);
});

test('the server refuses the same incomplete consent with a coded error per missing element', async ({ request }) => {
  const token = await otherUsersToken(request, 'COMPLIANCE_OFFICER');
  const data = await graphql<{
    recordConsent: { consent: null; userErrors: { field: string[] | null; code: string }[] };
  }>(request, token, RECORD, {
    input: {
      patient: madeUpPatient(),
      signature: { signerKind: 'PATIENT', signedOn: dayFromToday(0) },
      acknowledgedStatements: ['REVOCATION_RIGHT', 'TREATMENT_NOT_CONDITIONED'],
    },
  });
  const { consent, userErrors } = data.recordConsent;
  expect(consent).toBeNull();
  expect(new Set(userErrors.map((error) => error.code))).toEqual(
    new Set([
      'HIPAA_164_508_C1_DESCRIPTION_MISSING',
      'HIPAA_164_508_C1_DISCLOSER_MISSING',
      'HIPAA_164_508_C1_RECIPIENT_MISSING',
      'HIPAA_164_508_C1_PURPOSE_MISSING',
      'HIPAA_164_508_C1_EXPIRATION_MISSING',
      'HIPAA_164_508_C1_SIGNATURE_MISSING',
      'HIPAA_164_508_C2_STATEMENT_MISSING',
    ]),
  );
  // The fields the form places its errors by (routeConsentUserErrors): every path starts at the input.
  const paths = userErrors.map((error) => (error.field ?? []).join('.'));
  expect(paths).toContain('input.signature.signerName');
  expect(paths).toContain('input.acknowledgedStatements.REDISCLOSURE');
  expect(paths.every((path) => path.startsWith('input'))).toBe(true);
});
