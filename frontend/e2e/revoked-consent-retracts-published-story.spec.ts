import { expect, test } from '@playwright/test';
import {
  approveAs,
  recordStoryConsent,
  revokeConsentThroughApi,
  statusLine,
  uniqueTitle,
  writeContent,
} from './support/content.ts';
import { signIn } from './support/signIn.ts';

test('revoking its consent retracts a published story and leaves a take-down to confirm', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const consent = await recordStoryConsent(request);
  const name = consent.patient.name;
  const title = uniqueTitle(`${name.split(' ')[0]}’s story`);

  await signIn(page, 'marketer@riverside.example', '/content/new');
  await writeContent(page, {
    title,
    format: 'Patient story',
    body: `${name} walks again after knee surgery at Riverside.`,
    consents: [consent.label],
    channels: { Facebook: `Meet ${name}, who walks again after knee surgery.` },
  });
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(statusLine(page)).toContainText('In clinical review');

  await approveAs(browser, 'reviewer@riverside.example', title, { queue: 'CLINICAL' });
  await approveAs(browser, 'compliance@riverside.example', title, { queue: 'COMPLIANCE' });

  await page.reload();
  await expect(statusLine(page)).toContainText('Approved');
  await page.getByRole('button', { name: 'Publish now…' }).click();
  await page.getByRole('dialog', { name: 'Publish now?' }).getByRole('button', { name: 'Publish now' }).click();
  await expect(statusLine(page)).toContainText('Published');

  await revokeConsentThroughApi(request, consent.token, consent.id);

  // The content feature consumes the registry's change: reload until the story has come down.
  await expect(async () => {
    await page.reload();
    await expect(statusLine(page)).toContainText('Retracted', { timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  const takedowns = page.getByRole('region', { name: 'Take-downs' });
  await expect(takedowns).toContainText('Facebook: Open');
  await takedowns.getByRole('button', { name: 'Confirm taken down from Facebook' }).click();
  await expect(takedowns).toContainText('Facebook: Confirmed');
});
