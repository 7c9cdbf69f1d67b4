import type { ReactNode } from 'react';
import { ErrorState } from '../feedback/ErrorState';
import { LoadingState } from '../feedback/LoadingState';
import { Pagination } from '../pagination/Pagination';
import { DataTable, type Column, type TableSelection, type TableSorting } from './DataTable';

export interface Paging {
  page: number;
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
}

/** The parts of a GraphQL connection a list shows. */
export interface Connection<Node> {
  totalCount: number;
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ConnectionViewProps<Node extends { id: string }> {
  /** Undefined until the first page arrives. */
  connection: Connection<Node> | undefined;
  fetching: boolean;
  /** What went wrong, in words; shown only while there is no page to show. */
  error?: string;
  onRetry: () => void;
  loadingLabel: string;
  emptyMessage: string;
  /** Names the table for screen readers. */
  caption: string;
  columns: readonly Column<NoInfer<Node>>[];
  /** Names the page navigation, e.g. "Campaign pages". */
  pagesLabel: string;
  pageSize: number;
  /** The page shown and how to move; `next` gets the shown page's end cursor. useListState fits. */
  paging: Paging;
  /** The order shown and how to change it, for columns with a `sortField`. */
  sorting?: TableSorting;
  /** Rows ticked for a bulk action, when the list offers one. */
  selection?: TableSelection<NoInfer<Node>>;
  /** Shown above the table when there are rows, e.g. how many. */
  summary?: (totalCount: number) => ReactNode;
}

/** A page of a connection as a table with keyset paging, or why there is none: loading, failed, empty. */
export function ConnectionView<Node extends { id: string }>(props: ConnectionViewProps<Node>) {
  const { connection, paging } = props;
  if (!connection)
    return (
      <>
        {props.error && <ErrorState message={props.error} onRetry={props.onRetry} />}
        {props.fetching && <LoadingState label={props.loadingLabel} />}
      </>
    );
  if (connection.edges.length === 0) return <p className="empty">{props.emptyMessage}</p>;
  return (
    <>
      {props.summary?.(connection.totalCount)}
      <DataTable
        caption={props.caption}
        columns={props.columns}
        rows={connection.edges.map((edge) => edge.node)}
        sorting={props.sorting}
        selection={props.selection}
      />
      <Pagination
        label={props.pagesLabel}
        page={paging.page}
        pageSize={props.pageSize}
        totalCount={connection.totalCount}
        hasNextPage={connection.pageInfo.hasNextPage}
        onNext={() => paging.next(connection.pageInfo.endCursor)}
        onPrevious={paging.previous}
      />
    </>
  );
}
