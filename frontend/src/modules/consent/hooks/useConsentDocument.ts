import { useState } from 'react';
import { useMutation } from 'urql';
import { AttachConsentDocumentDocument, type ConsentDetailFragment } from '@/generated/graphql';
import { useAuthorizedFetch } from '@/modules/api/hooks/useAuthorizedFetch';
import { apiErrorMessage } from '@/modules/api/utils/apiErrorMessage';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { downloadBlob } from '@/ui/utils/csv';
import { documentFileName, documentFileProblem, sha256Hex } from '../utils/consentDocumentFile';

export interface DocumentOutcome {
  message: string;
  failed: boolean;
  /** Someone changed the consent since it was read: reload, then attach again. */
  conflict?: boolean;
}

const UNREACHABLE = 'We could not reach the CarePulse server. Check your connection and try again.';

function httpProblem(status: number, done: 'uploaded' | 'downloaded'): string {
  if (status === 401) return 'Your session has ended. Please sign in again.';
  if (status === 403) return 'You are not allowed to do this. Ask an administrator if you need access.';
  if (status === 413) return 'The file is larger than 10 MB: choose a smaller scan';
  return `The file could not be ${done}: try again.`;
}

type Consent = Pick<ConsentDetailFragment, 'id' | 'version' | 'number'>;

/**
 * The signed document of a consent: upload (checked and hashed in the browser, POST /api/files,
 * then attachConsentDocument with the same hash) and download (fetched with the bearer token and
 * offered as a file named after the consent's number). `onDownloaded` runs after each download,
 * which the server logs.
 */
export function useConsentDocument(consent: Consent, onDownloaded: () => void) {
  const authorizedFetch = useAuthorizedFetch();
  const [, attach] = useMutation(AttachConsentDocumentDocument);
  const [busy, setBusy] = useState<'uploading' | 'downloading' | null>(null);
  const [outcome, setOutcome] = useState<DocumentOutcome | null>(null);

  const sendFile = async (file: File): Promise<DocumentOutcome> => {
    const problem = documentFileProblem(file);
    if (problem) return { message: problem, failed: true };
    const sha256 = await sha256Hex(file);
    const body = new FormData();
    body.append('kind', 'consent-document');
    body.append('sha256', sha256);
    body.append('file', file, file.name);
    const response = await authorizedFetch('/api/files', { method: 'POST', body }).catch(() => null);
    if (!response) return { message: UNREACHABLE, failed: true };
    if (!response.ok)
      return { message: await apiErrorMessage(response, httpProblem(response.status, 'uploaded')), failed: true };
    const stored = (await response.json()) as { id: string; sha256: string };
    const input = { consentId: consent.id, expectedVersion: consent.version, fileId: stored.id, sha256 };
    const result = await attach({ input });
    const payload = result.data?.attachConsentDocument;
    if (result.error || !payload) {
      return { message: result.error ? describeGraphqlError(result.error) : 'Not attached: try again.', failed: true };
    }
    if (payload.userErrors.some((error) => error.code === 'CONFLICT'))
      return { message: 'Someone changed this consent meanwhile.', failed: true, conflict: true };
    if (payload.userErrors.length > 0)
      return { message: payload.userErrors.map((error) => error.message).join(' '), failed: true };
    return { message: `${file.name} is attached as the signed document.`, failed: false };
  };

  const upload = async (file: File) => {
    setBusy('uploading');
    setOutcome(null);
    const next = await sendFile(file);
    setOutcome(next);
    setBusy(null);
    return next;
  };

  const download = async (path: string, contentType: string) => {
    setBusy('downloading');
    setOutcome(null);
    const response = await authorizedFetch(path).catch(() => null);
    if (!response || !response.ok) {
      const message = response
        ? await apiErrorMessage(response, httpProblem(response.status, 'downloaded'))
        : UNREACHABLE;
      setOutcome({ message, failed: true });
    } else {
      const blob = await response.blob();
      downloadBlob(documentFileName(consent.number, blob.type || contentType), blob);
      onDownloaded();
    }
    setBusy(null);
  };

  return { busy, outcome, upload, download };
}
