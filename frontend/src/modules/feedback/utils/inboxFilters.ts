import type { FeedbackSource, FeedbackStatus, FeedbackThreadFilter } from '@/generated/graphql';
import { isFeedbackSource, isFeedbackStatus } from './feedbackLabels';

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
}

export const EMPTY_INBOX_FILTERS: InboxFilterValues = {
  status: '',
  source: '',
  assignee: '',
  tag: '',
  overdue: '',
  hasPhi: '',
  search: '',
};

const yesNo = (value: string | null): YesNo => (value === 'yes' || value === 'no' ? value : '');

/** Reads filters from the query string, ignoring values a hand-edited URL may have broken. */
export function readInboxFilters(params: URLSearchParams): InboxFilterValues {
  const status = params.get('status');
  const source = params.get('source');
  return {
    status: isFeedbackStatus(status) ? status : '',
    source: isFeedbackSource(source) ? source : '',
    assignee: params.get('assignee')?.trim() ?? '',
    tag: params.get('tag')?.trim() ?? '',
    overdue: yesNo(params.get('overdue')),
    hasPhi: yesNo(params.get('hasPhi')),
    search: params.get('search')?.trim() ?? '',
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
  return Object.keys(filter).length > 0 ? filter : undefined;
}
