/** What signConsentRequest takes as the drawn signature: a PNG data URL of at most 1 MB. */
export const SIGNATURE_PREFIX = 'data:image/png;base64,';
export const SIGNATURE_MAX_BYTES = 1024 * 1024;
/** The canvas's own pixels: wide enough for a signature, small enough to send from a phone. */
export const SIGNATURE_WIDTH = 600;
export const SIGNATURE_HEIGHT = 200;

/** The number of bytes a base64 text decodes to. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** Why this data URL cannot be sent as the signature, in words; undefined when it can. */
export function signatureImageProblem(dataUrl: string): string | undefined {
  if (!dataUrl) return 'Draw your signature in the box, or use your typed name as your signature';
  if (!dataUrl.startsWith(SIGNATURE_PREFIX))
    return 'The signature could not be saved as a picture: clear it and sign again';
  if (base64Bytes(dataUrl.slice(SIGNATURE_PREFIX.length)) > SIGNATURE_MAX_BYTES)
    return 'The signature picture is too large: clear it and sign again';
  return undefined;
}

/** The bytes of a base64 text (the signed copy the server answers), for a download. */
export function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** "C-2026-0042" of "C-2026-0042 · STORY, PHOTO · Facebook": the file's name, never the patient's. */
export function labelNumber(label: string): string {
  return (label.split('·')[0] ?? '').trim() || 'signed-consent';
}
