// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  base64Bytes,
  bytesOfBase64,
  labelNumber,
  SIGNATURE_MAX_BYTES,
  SIGNATURE_PREFIX,
  signatureImageProblem,
} from '../utils/signatureImage';

const base64Of = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');

describe('signatureImageProblem', () => {
  it('takes a PNG data URL up to 1 MB', () => {
    expect(signatureImageProblem(`${SIGNATURE_PREFIX}${base64Of(2000)}`)).toBeUndefined();
    expect(signatureImageProblem(`${SIGNATURE_PREFIX}${base64Of(SIGNATURE_MAX_BYTES)}`)).toBeUndefined();
  });

  it('refuses no signature, another type, and a picture over 1 MB', () => {
    expect(signatureImageProblem('')).toMatch(/Draw your signature/);
    expect(signatureImageProblem(`data:image/jpeg;base64,${base64Of(10)}`)).toMatch(/could not be saved/);
    expect(signatureImageProblem(`${SIGNATURE_PREFIX}${base64Of(SIGNATURE_MAX_BYTES + 1)}`)).toMatch(/too large/);
  });

  it('counts the decoded bytes of base64, padding and all', () => {
    for (const size of [0, 1, 2, 3, 4, 1000, 1001, 1002]) expect(base64Bytes(base64Of(size))).toBe(size);
  });
});

describe('the signed copy', () => {
  it('turns base64 back into the PDF’s bytes', () => {
    const pdf = Buffer.from('%PDF-1.7\n…');
    expect(Buffer.from(bytesOfBase64(pdf.toString('base64'))).equals(pdf)).toBe(true);
  });

  it('is named after the label’s number, never the patient', () => {
    expect(labelNumber('C-2026-0042 · STORY, PHOTO · Facebook, Instagram')).toBe('C-2026-0042');
    expect(labelNumber('')).toBe('signed-consent');
  });
});
