import type { ContentFilter, ContentFormat, ContentStatus } from '@/generated/graphql';
import { isContentFormat, isContentStatus } from './contentLabels';

export interface ContentFilterValues {
  status: ContentStatus[];
  format: ContentFormat | '';
  campaignId: string;
  topic: string;
  search: string;
}

export const EMPTY_CONTENT_FILTERS: ContentFilterValues = {
  status: [],
  format: '',
  campaignId: '',
  topic: '',
  search: '',
};

/** Reads filters from the query string (`status` may repeat), ignoring what a hand-edited URL broke. */
export function readContentFilters(params: URLSearchParams): ContentFilterValues {
  const format = params.get('format');
  return {
    status: [...new Set(params.getAll('status').filter(isContentStatus))],
    format: isContentFormat(format) ? format : '',
    campaignId: params.get('campaignId')?.trim() ?? '',
    topic: params.get('topic')?.trim() ?? '',
    search: params.get('search')?.trim() ?? '',
  };
}

/** Only the filters that are set, so shared links stay short. */
export function writeContentFilters(values: ContentFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of values.status) params.append('status', status);
  for (const key of ['format', 'campaignId', 'topic', 'search'] as const) {
    const value = values[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function toContentFilter(values: ContentFilterValues): ContentFilter | undefined {
  const filter: ContentFilter = {};
  if (values.status.length > 0) filter.status = values.status;
  if (values.format) filter.format = values.format;
  if (values.campaignId) filter.campaignId = values.campaignId;
  if (values.topic) filter.topic = values.topic;
  if (values.search) filter.search = values.search;
  return Object.keys(filter).length > 0 ? filter : undefined;
}
