import type { AudienceSegmentFilter, Channel } from '@/generated/graphql';
import { isChannel } from './channelLabels';

export interface SegmentFilterValues {
  search: string;
  channel: Channel | '';
}

export const EMPTY_SEGMENT_FILTERS: SegmentFilterValues = { search: '', channel: '' };

export function readSegmentFilters(params: URLSearchParams): SegmentFilterValues {
  const channel = params.get('channel');
  return { search: params.get('search')?.trim() ?? '', channel: isChannel(channel) ? channel : '' };
}

export function writeSegmentFilters(values: SegmentFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.search.trim()) params.set('search', values.search.trim());
  if (values.channel) params.set('channel', values.channel);
  return params;
}

export function toSegmentFilter(values: SegmentFilterValues): AudienceSegmentFilter | undefined {
  const filter: AudienceSegmentFilter = {};
  if (values.search) filter.search = values.search;
  if (values.channel) filter.channel = values.channel;
  return Object.keys(filter).length > 0 ? filter : undefined;
}
