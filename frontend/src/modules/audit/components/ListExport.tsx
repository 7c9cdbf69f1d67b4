import type { AnyVariables, TypedDocumentNode } from 'urql';
import { useClient } from 'urql';
import type { ExportedList } from '@/generated/graphql';
import { fetchAllPages } from '@/modules/api/utils/fetchAllPages';
import type { Column } from '@/ui/data-display/DataTable';
import { columnsCsv } from '@/ui/utils/csv';
import { useRecordedExport } from '../hooks/useRecordedExport';
import { ExportCsvButton } from './ExportCsvButton';

interface ListExportProps<Data, Variables extends AnyVariables, Row> {
  list: ExportedList;
  /** The file is named `<fileStem>-<date>.csv`. */
  fileStem: string;
  query: TypedDocumentNode<Data, Variables>;
  /** The list's filters and order, as on screen (without paging). */
  variables: Omit<Variables, 'first' | 'after'>;
  pick: (data: Data) => {
    edges: readonly { node: Row }[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
  columns: readonly Column<Row>[];
}

/**
 * "Export as CSV" for a list: every row matching its filters, in its order, through the table's own
 * columns, recorded in the audit log before the file is offered.
 */
export function ListExport<
  Data,
  Variables extends AnyVariables & { first?: number | null; after?: string | null },
  Row,
>(props: ListExportProps<Data, Variables, Row>) {
  const client = useClient();
  const exporter = useRecordedExport();
  const exportCsv = () =>
    void exporter.run(props.list, `${props.fileStem}-${new Date().toISOString().slice(0, 10)}.csv`, async () =>
      columnsCsv(props.columns, await fetchAllPages(client, props.query, props.variables, props.pick)),
    );
  return <ExportCsvButton {...exporter} onExport={exportCsv} label="Export as CSV" />;
}
