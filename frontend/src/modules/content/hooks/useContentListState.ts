import { useListState, type Sort } from '@/ui/hooks/useListState';
import { readContentFilters, writeContentFilters } from '../utils/contentFilters';

/** The API's one order (most recently updated first): `contents` takes no orderBy. */
const CONTENT_ORDER_FIELDS = ['UPDATED_AT'] as const;
const DEFAULT_CONTENT_SORT: Sort<'UPDATED_AT'> = { field: 'UPDATED_AT', direction: 'DESC' };

/** The content list's filters and page, kept in the query string. */
export const useContentListState = () =>
  useListState({
    readFilters: readContentFilters,
    writeFilters: writeContentFilters,
    sortFields: CONTENT_ORDER_FIELDS,
    defaultSort: DEFAULT_CONTENT_SORT,
  });
