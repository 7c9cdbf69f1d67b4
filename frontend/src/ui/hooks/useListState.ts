import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SortDirection = 'ASC' | 'DESC';

export interface Sort<F extends string = string> {
  field: F;
  direction: SortDirection;
}

interface ListStateOptions<Filters, F extends string> {
  /** Reads the filters from the query string; must tolerate hand-edited URLs. */
  readFilters: (params: URLSearchParams) => Filters;
  /** The filters as query parameters, leaving out empty ones. */
  writeFilters: (filters: Filters) => URLSearchParams;
  /** The order fields the API accepts; anything else in the URL falls back to `defaultSort`. */
  sortFields: readonly F[];
  /** The server's own order, left out of the URL. */
  defaultSort: Sort<F>;
}

export interface ListState<Filters, F extends string> {
  filters: Filters;
  /** New filters start again at the first page, in the same order. */
  applyFilters: (filters: Filters) => void;
  sort: Sort<F>;
  /** A new order starts again at the first page, with the same filters. */
  setSort: (sort: Sort<F>) => void;
  /** For a table's sortable headers (DataTable's `sorting`): fields the API does not know are ignored. */
  sorting: { sort: Sort<F>; onSort: (sort: Sort) => void };
  /** The `after` argument of the page shown. */
  after: string | null;
  /** 1 for the first page. */
  page: number;
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
  /** Back to the first page without a new history entry, e.g. when the server refused a cursor. */
  firstPage: () => void;
}

const SORT = 'sort';
const AFTER = 'after';

/** `sort=START_DATE` for ascending, `sort=-START_DATE` for descending. */
export function readSort<F extends string>(params: URLSearchParams, fields: readonly F[], fallback: Sort<F>): Sort<F> {
  const raw = params.get(SORT) ?? '';
  const descending = raw.startsWith('-');
  const field = (descending ? raw.slice(1) : raw) as F;
  return fields.includes(field) ? { field, direction: descending ? 'DESC' : 'ASC' } : fallback;
}

/**
 * A list's filters, order and page, all in the query string, so a reload, a bookmark or the
 * browser's back and forward buttons show the same rows. Keyset paging only goes forwards, so the
 * URL keeps every cursor that led to the page (`after=c1&after=c2` is page 3): "Previous page"
 * drops the last one, and page 3 still has a way back after a reload.
 */
export function useListState<Filters, F extends string>(options: ListStateOptions<Filters, F>): ListState<Filters, F> {
  const { readFilters, writeFilters, sortFields, defaultSort } = options;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params, readFilters]);
  const sort = readSort(params, sortFields, defaultSort);
  const cursors = params.getAll(AFTER).filter(Boolean);

  /** The current query string changed by `change`, always without the cursors unless it adds them. */
  const update = (change: (next: URLSearchParams) => void, replace = false) => {
    const next = new URLSearchParams(params);
    next.delete(AFTER);
    change(next);
    setParams(next, { replace });
  };
  const withCursors = (list: readonly string[]) => (next: URLSearchParams) =>
    list.forEach((cursor) => next.append(AFTER, cursor));

  const setSort = (requested: Sort<F>) =>
    update((next) => {
      const isDefault = requested.field === defaultSort.field && requested.direction === defaultSort.direction;
      if (isDefault) next.delete(SORT);
      else next.set(SORT, `${requested.direction === 'DESC' ? '-' : ''}${requested.field}`);
    });
  const onSort = (requested: Sort) => {
    if ((sortFields as readonly string[]).includes(requested.field)) setSort(requested as Sort<F>);
  };
  const applyFilters = (nextFilters: Filters) => {
    const next = writeFilters(nextFilters);
    const sortParam = params.get(SORT);
    if (sortParam) next.set(SORT, sortParam);
    setParams(next);
  };

  return {
    filters,
    applyFilters,
    sort,
    setSort,
    sorting: { sort, onSort },
    after: cursors.at(-1) ?? null,
    page: cursors.length + 1,
    next: (endCursor) => {
      if (endCursor) update(withCursors([...cursors, endCursor]));
    },
    previous: () => update(withCursors(cursors.slice(0, -1))),
    firstPage: () => update(() => {}, true),
  };
}

/**
 * Falls back to the first page when the server refuses the URL's cursor (one from another
 * deployment, or edited by hand), instead of leaving the list on an error.
 */
export function useFirstPageWhenCursorRefused(
  refused: boolean,
  list: Pick<ListState<unknown, string>, 'after' | 'firstPage'>,
) {
  const { after, firstPage } = list;
  useEffect(() => {
    if (refused && after) firstPage();
  }, [after, firstPage, refused]);
}
