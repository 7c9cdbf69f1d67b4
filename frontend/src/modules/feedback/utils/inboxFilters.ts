import type { FeedbackSource, FeedbackStatus, FeedbackThreadFilter } from '@/generated/graphql';
import { isFeedbackSource, isFeedbackStatus } from './feedbackLabels';
import { endOfDay, isIsoDay, startOfDay } from './themePeriod';

/** "me" and "none" stay words in the address, so a shared link means the reader's own threads. */
export const ASSIGNED_TO_ME = 'me';
export const UNASSIGNED = 'none';

export type YesNo = 'yes' | 'no' | '';

export interface InboxFilterValues {
  status: FeedbackStatus | '';
  source: FeedbackSource | '';
  /** '' for anyone, `me`, `none`, or a member of staff's ID. */
  assignee: string;
  tag: string;
  overdue: YesNo;
  hasPhi: YesNo;
  search: string;
  /** A theme's key (WAIT_TIMES, or phrase:<words> for an emerging phrase). */
  theme: string;
  /** YYYY-MM-DD: threads received on or after this day, in the reader's time zone. */
  createdFrom: string;
  /** YYYY-MM-DD: threads received on or before this day. */
  createdTo: string;
}

export const EMPTY_INBOX_FILTERS: InboxFilterValues = {
  status: '',
  source: '',
  assignee: '',
  tag: '',
  overdue: '',
  hasPhi: '',
  search: '',
  theme: '',
  createdFrom: '',
  createdTo: '',
};

const yesNo = (value: string | null): YesNo => (value === 'yes' || value === 'no' ? value : '');

/** Reads filters from the query string, ignoring values a hand-edited URL may have broken. */
export function readInboxFilters(params: URLSearchParams): InboxFilterValues {
  const status = params.get('status');
  const source = params.get('source');
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return isIsoDay(value) ? value : '';
  };
  return {
    status: isFeedbackStatus(status) ? status : '',
    source: isFeedbackSource(source) ? source : '',
    assignee: params.get('assignee')?.trim() ?? '',
    tag: params.get('tag')?.trim() ?? '',
    overdue: yesNo(params.get('overdue')),
    hasPhi: yesNo(params.get('hasPhi')),
    search: params.get('search')?.trim() ?? '',
    theme: params.get('theme')?.trim() ?? '',
    createdFrom: day('createdFrom'),
    createdTo: day('createdTo'),
  };
}

/** Only the filters that are set, so shared links stay short. */
export function writeInboxFilters(values: InboxFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    const trimmed = value.trim();
    if (trimmed) params.set(key, trimmed);
  }
  return params;
}

/** The API's filter: `me` becomes the viewer's ID, `none` the empty string the API reads as unassigned. */
export function toFeedbackThreadFilter(values: InboxFilterValues, viewerId: string): FeedbackThreadFilter | undefined {
  const filter: FeedbackThreadFilter = {};
  if (values.status) filter.status = [values.status];
  if (values.source) filter.source = [values.source];
  if (values.assignee === ASSIGNED_TO_ME) filter.assignee = viewerId;
  else if (values.assignee === UNASSIGNED) filter.assignee = '';
  else if (values.assignee) filter.assignee = values.assignee;
  if (values.tag) filter.tag = values.tag.toLowerCase();
  if (values.overdue) filter.overdue = values.overdue === 'yes';
  if (values.hasPhi) filter.hasPhi = values.hasPhi === 'yes';
  if (values.search) filter.search = values.search;
  if (values.theme) filter.theme = values.theme;
  if (values.createdFrom) filter.createdFrom = startOfDay(values.createdFrom);
  if (values.createdTo) filter.createdTo = endOfDay(values.createdTo);
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** Errors of a filter draft, by field, before it is applied. */
export function validateInboxFilters(values: InboxFilterValues): Partial<Record<keyof InboxFilterValues, string>> {
  return values.createdFrom && values.createdTo && values.createdTo < values.createdFrom
    ? { createdTo: 'Received to must be on or after Received from' }
    : {};
}
