import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { RecordExportDocument, type ExportedList } from '@/generated/graphql';
import { downloadText, toCsv } from '@/ui/utils/csv';

export interface CsvTable {
  header: string[];
  rows: string[][];
}

interface ExportState {
  exporting: boolean;
  /** What happened, in words, for a polite live region. */
  message?: string;
  failed?: boolean;
}

/**
 * Exports a list as CSV: loads its rows, records the export in the audit log (recordExport), and
 * only then offers the file. A refused or failed record offers nothing.
 */
export function useRecordedExport() {
  const client = useClient();
  const [state, setState] = useState<ExportState>({ exporting: false });
  const run = useCallback(
    async (list: ExportedList, fileName: string, load: () => Promise<CsvTable>) => {
      setState({ exporting: true, message: 'Preparing the export…' });
      try {
        const { header, rows } = await load();
        const recorded = await client
          .mutation(RecordExportDocument, { input: { list, rowCount: rows.length, columns: header } })
          .toPromise();
        const refusal = recorded.data?.recordExport.userErrors[0]?.message;
        if (recorded.error || !recorded.data || refusal) {
          throw new Error(refusal ?? 'The export could not be recorded, so no file was made: try again.');
        }
        downloadText(fileName, toCsv(header, rows));
        const count = `${rows.length.toLocaleString()} ${rows.length === 1 ? 'row' : 'rows'}`;
        setState({ exporting: false, message: `Exported ${count} to ${fileName}.` });
      } catch (error) {
        setState({ exporting: false, failed: true, message: error instanceof Error ? error.message : String(error) });
      }
    },
    [client],
  );
  return { ...state, run };
}
