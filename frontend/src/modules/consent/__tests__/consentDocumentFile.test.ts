// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiErrorMessage } from '@/modules/api/utils/apiErrorMessage';
import { documentFileName, documentFileProblem, formatBytes, sha256Hex } from '../utils/consentDocumentFile';

describe('the signed document', () => {
  it('is hashed as the server hashes it: SHA-256, lowercase hex', async () => {
    expect(await sha256Hex(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new ArrayBuffer(0))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('must be a PDF, PNG or JPEG of at most 10 MB, said before anything is sent', () => {
    expect(documentFileProblem({ type: 'application/pdf', size: 10 * 1024 * 1024 })).toBeUndefined();
    expect(documentFileProblem({ type: 'image/jpeg', size: 2000 })).toBeUndefined();
    expect(documentFileProblem({ type: 'application/pdf', size: 10 * 1024 * 1024 + 1 })).toBe(
      'The file is larger than 10 MB: choose a smaller scan',
    );
    expect(documentFileProblem({ type: 'image/gif', size: 10 })).toBe('Choose a PDF, PNG or JPEG file');
    expect(documentFileProblem({ type: 'application/pdf', size: 0 })).toMatch(/empty/);
  });

  it('is downloaded under the consent’s number and its type’s extension', () => {
    expect(documentFileName('C-2026-0042', 'application/pdf')).toBe('C-2026-0042.pdf');
    expect(documentFileName('C-2026-0042', 'image/jpeg')).toBe('C-2026-0042.jpg');
    expect(documentFileName('C/2026 42', 'application/octet-stream')).toBe('C_2026_42.bin');
  });

  it('reports the API’s own message of a refusal, or a fallback when the body has none', async () => {
    const refused = new Response(JSON.stringify({ message: 'The hash does not match the file.' }), { status: 400 });
    expect(await apiErrorMessage(refused, 'Upload failed')).toBe('The hash does not match the file.');
    expect(await apiErrorMessage(new Response('<html>413</html>', { status: 413 }), 'Upload failed')).toBe(
      'Upload failed',
    );
  });

  it('states sizes in words', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(340 * 1024)).toBe('340 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
