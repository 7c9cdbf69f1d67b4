import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { recordConsentThroughApi } from './support/consents.ts';
import { signIn } from './support/signIn.ts';

/** A tiny but well-formed PDF: one empty page. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

test('a compliance officer attaches the signed PDF and downloads it again', async ({ page, request }) => {
  const consent = await recordConsentThroughApi(request);
  await signIn(page, 'compliance@riverside.example', `/consents/${encodeURIComponent(consent.id)}`);
  const section = page.getByRole('region', { name: 'Signed document' });
  await expect(section).toContainText('No signed document is attached yet.');

  // A file of another type is refused before anything is sent.
  await section
    .getByLabel('Attach the signed document')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await section.getByRole('button', { name: 'Upload and attach' }).click();
  await expect(section.getByLabel('Attach the signed document')).toHaveAccessibleDescription(
    /Choose a PDF, PNG or JPEG file/,
  );

  await section
    .getByLabel('Attach the signed document')
    .setInputFiles({ name: 'signed.pdf', mimeType: 'application/pdf', buffer: PDF });
  await section.getByRole('button', { name: 'Upload and attach' }).click();
  await expect(section.getByText('signed.pdf is attached as the signed document.')).toBeVisible();
  await expect(section).toContainText('application/pdf');

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download document' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${consent.number}.pdf`);
  expect(await readFile((await file.path())!)).toEqual(PDF);
  // The token went in the header: nothing of it in any address the page opened.
  expect(page.url()).not.toMatch(/token|access_token/);
  await expect(page.getByRole('table', { name: 'Access log, newest first' })).toContainText('document');
});
