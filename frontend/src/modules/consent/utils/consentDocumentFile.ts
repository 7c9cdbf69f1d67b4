/** What POST /api/files takes for a consent's signed document. */
export const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Why this file cannot be the signed document, in words; undefined when it can. */
export function documentFileProblem(file: Pick<File, 'type' | 'size'>): string | undefined {
  if (!Object.hasOwn(DOCUMENT_TYPES, file.type)) return 'Choose a PDF, PNG or JPEG file';
  if (file.size === 0) return 'The file is empty: choose the scanned or signed document';
  if (file.size > DOCUMENT_MAX_BYTES) return 'The file is larger than 10 MB: choose a smaller scan';
  return undefined;
}

/** SHA-256 of the bytes as lowercase hex, computed in the browser (Web Crypto). */
export async function sha256Hex(data: Blob | ArrayBuffer): Promise<string> {
  const bytes = data instanceof ArrayBuffer ? data : await data.arrayBuffer();
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** "C-2026-0042.pdf": the consent's number, never the patient's name. */
export function documentFileName(number: string, contentType: string): string {
  const extension = DOCUMENT_TYPES[contentType.split(';')[0].trim().toLowerCase()] ?? 'bin';
  return `${number.replace(/[^\w.-]+/g, '_')}.${extension}`;
}

/** "1.2 MB", "340 KB". */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}
