import { useState } from 'react';
import { useMutation } from 'urql';
import { ImportEngagementCsvDocument } from '@/generated/graphql';
import { useAuthorizedFetch } from '@/modules/api/hooks/useAuthorizedFetch';
import { apiErrorMessage } from '@/modules/api/utils/apiErrorMessage';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { engagementFileProblem, importOutcome, type ImportOutcome } from '../utils/engagementImport';

export interface ImportRequest {
  file: File;
  /** A layout's ID, or null to detect it from the header. */
  layout: string | null;
  /** When a platform's export was taken (an instant), or null for the upload's time. */
  measuredAt: string | null;
  skipBadLines: boolean;
  /** Only read and check the file, recording nothing. */
  dryRun: boolean;
}

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; step: 'uploading' | 'importing' | 'checking' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; outcome: ImportOutcome };

const UNREACHABLE = 'We could not reach the CarePulse server. Check your connection and try again.';

function uploadProblem(status: number): string {
  if (status === 401) return 'Your session has ended. Please sign in again.';
  if (status === 403) return 'You are not allowed to import figures. Ask an administrator if you need to.';
  if (status === 413) return 'The file is larger than 5 MB: export a shorter period, or split it.';
  return 'The file could not be uploaded: try again.';
}

/**
 * An engagement CSV import: the file is uploaded (POST /api/files, kind engagement-csv), then
 * importEngagementCsv reads it on the server, with the layouts and checks connectors get; a dry run
 * says what it would record, recording nothing.
 */
export function useEngagementCsvImport() {
  const authorizedFetch = useAuthorizedFetch();
  const [, importCsv] = useMutation(ImportEngagementCsvDocument);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const run = async ({ file, layout, measuredAt, skipBadLines, dryRun }: ImportRequest) => {
    const problem = engagementFileProblem(file);
    if (problem) return setState({ kind: 'failed', message: problem });
    setState({ kind: 'busy', step: 'uploading' });
    const body = new FormData();
    body.append('kind', 'engagement-csv');
    body.append('file', file, file.name);
    const response = await authorizedFetch('/api/files', { method: 'POST', body }).catch(() => null);
    if (!response) return setState({ kind: 'failed', message: UNREACHABLE });
    if (!response.ok)
      return setState({ kind: 'failed', message: await apiErrorMessage(response, uploadProblem(response.status)) });
    const stored = (await response.json()) as { id: string };
    setState({ kind: 'busy', step: dryRun ? 'checking' : 'importing' });
    const result = await importCsv({
      input: { fileId: stored.id, fileName: file.name, layout, measuredAt, skipBadLines, dryRun },
    });
    const payload = result.data?.importEngagementCsv;
    if (result.error || !payload) {
      return setState({
        kind: 'failed',
        message: result.error ? describeGraphqlError(result.error) : 'The file was not imported: try again.',
      });
    }
    setState({ kind: 'done', outcome: importOutcome(payload) });
  };

  return { state, run, reset: () => setState({ kind: 'idle' }) };
}
