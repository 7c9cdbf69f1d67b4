import type { LiveSessionFilter, LiveSessionOrderField, LiveSessionStatus } from '@/generated/graphql';
import { LIVE_SESSION_STATUS_LABELS } from '@/modules/liveqa/utils/liveSessionLabels';
import { useListState, type Sort } from '@/ui/hooks/useListState';

// The list page's own state; kept beside it because modules/liveqa belongs to the live Q&A work.

export interface LiveSessionFilterValues {
  status: LiveSessionStatus | '';
  search: string;
}

export const EMPTY_LIVE_SESSION_FILTERS: LiveSessionFilterValues = { status: '', search: '' };

const isStatus = (value: string | null): value is LiveSessionStatus =>
  value !== null && value in LIVE_SESSION_STATUS_LABELS;

export function readLiveSessionFilters(params: URLSearchParams): LiveSessionFilterValues {
  const status = params.get('status');
  return { status: isStatus(status) ? status : '', search: params.get('search')?.trim() ?? '' };
}

export function writeLiveSessionFilters(values: LiveSessionFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.status) params.set('status', values.status);
  if (values.search.trim()) params.set('search', values.search.trim());
  return params;
}

export function toLiveSessionFilter(values: LiveSessionFilterValues): LiveSessionFilter | undefined {
  const filter: LiveSessionFilter = {};
  if (values.status) filter.status = [values.status];
  if (values.search) filter.search = values.search;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

export const LIVE_SESSION_ORDER_FIELDS: readonly LiveSessionOrderField[] = ['SCHEDULED_START', 'TITLE', 'CREATED_AT'];
/** The API's default order: soonest scheduled first. */
export const DEFAULT_LIVE_SESSION_SORT: Sort<LiveSessionOrderField> = { field: 'SCHEDULED_START', direction: 'ASC' };

/** The live session list's filters, order and page, kept in the query string. */
export const useLiveSessionListState = () =>
  useListState({
    readFilters: readLiveSessionFilters,
    writeFilters: writeLiveSessionFilters,
    sortFields: LIVE_SESSION_ORDER_FIELDS,
    defaultSort: DEFAULT_LIVE_SESSION_SORT,
  });
