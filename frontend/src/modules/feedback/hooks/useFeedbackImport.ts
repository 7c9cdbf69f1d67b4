import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { ImportFeedbackDocument, type UserErrorFieldsFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { IMPORT_FIELD_LABELS, type ImportField } from '../utils/feedbackImportMapping';
import { inBatches, type ImportItem, type LineProblem } from '../utils/feedbackImportRows';

export interface ImportReport {
  created: number;
  /** The same source and ID had been received before: nothing changed. */
  unchanged: number;
  /** Per line, what the server refused (or why a batch could not be sent). */
  failed: LineProblem[];
}

export type ImportProgress =
  { kind: 'idle' } | { kind: 'sending'; sent: number; total: number } | { kind: 'done'; report: ImportReport };

/** "Message: Enter the message", the field named as the CSV mapping names it. */
function describe(error: UserErrorFieldsFragment): string {
  const field = error.field?.at(-1);
  const label = field && field in IMPORT_FIELD_LABELS ? IMPORT_FIELD_LABELS[field as ImportField] : null;
  return label && !error.message.startsWith(label) ? `${label}: ${error.message}` : error.message;
}

/** The item of the batch a userError names: ["input", "items", "3", "message"] is the batch's fourth. */
const itemIndex = (error: UserErrorFieldsFragment) => {
  const path = error.field ?? [];
  const at = path.indexOf('items');
  const index = path[at + 1];
  return at >= 0 && index !== undefined && /^\d+$/.test(index) ? Number(index) : null;
};

/**
 * Sends the items in the API's batches of 500, one after the other, and counts what each answered:
 * created, already there (unchanged), refused (by line). A batch that fails as a whole (network,
 * access) counts each of its items as failed and the next batch is still tried.
 */
export function useFeedbackImport() {
  const [, importFeedback] = useMutation(ImportFeedbackDocument);
  const [progress, setProgress] = useState<ImportProgress>({ kind: 'idle' });

  const run = useCallback(
    async (items: readonly ImportItem[]) => {
      const report: ImportReport = { created: 0, unchanged: 0, failed: [] };
      let sent = 0;
      setProgress({ kind: 'sending', sent, total: items.length });
      for (const batch of inBatches(items)) {
        const result = await importFeedback({ input: { items: batch.map((entry) => entry.item) } });
        const payload = result.data?.importFeedback;
        if (result.error || !payload) {
          const message = result.error ? describeGraphqlError(result.error) : 'This part of the file was not imported.';
          report.failed.push(...batch.map(({ line }) => ({ line, message })));
        } else {
          for (const outcome of payload.results) {
            if (outcome.created) report.created += 1;
            else report.unchanged += 1;
          }
          const refused = new Map<number, string[]>();
          for (const error of payload.userErrors) {
            const index = itemIndex(error);
            if (index === null || !batch[index]) {
              const lines = `Lines ${batch[0].line} to ${batch[batch.length - 1].line}`;
              report.failed.push({ line: batch[0].line, message: `${lines}: ${describe(error)}` });
            } else refused.set(index, [...(refused.get(index) ?? []), describe(error)]);
          }
          for (const [index, messages] of refused)
            report.failed.push({ line: batch[index].line, message: messages.join('. ') });
        }
        sent += batch.length;
        setProgress({ kind: 'sending', sent, total: items.length });
      }
      report.failed.sort((a, b) => a.line - b.line);
      setProgress({ kind: 'done', report });
      return report;
    },
    [importFeedback],
  );

  const reset = useCallback(() => setProgress({ kind: 'idle' }), []);
  return { progress, run, reset };
}
