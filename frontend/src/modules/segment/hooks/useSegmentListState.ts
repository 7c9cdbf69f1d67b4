import type { AudienceSegmentOrderField } from '@/generated/graphql';
import { useListState, type Sort } from '@/ui/hooks/useListState';
import { readSegmentFilters, writeSegmentFilters } from '../utils/segmentFilters';

export const SEGMENT_ORDER_FIELDS: readonly AudienceSegmentOrderField[] = ['NAME', 'CREATED_AT', 'UPDATED_AT'];
/** The API's default order. */
export const DEFAULT_SEGMENT_SORT: Sort<AudienceSegmentOrderField> = { field: 'NAME', direction: 'ASC' };

/** The segment list's filters, order and page, kept in the query string. */
export const useSegmentListState = () =>
  useListState({
    readFilters: readSegmentFilters,
    writeFilters: writeSegmentFilters,
    sortFields: SEGMENT_ORDER_FIELDS,
    defaultSort: DEFAULT_SEGMENT_SORT,
  });
