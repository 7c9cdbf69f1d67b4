import { useListState } from '@/ui/hooks/useListState';
import { readInboxFilters, writeInboxFilters } from '../utils/inboxFilters';

/** The inbox comes newest activity first, the API's one order: only the filters and the page are kept in the address. */
export const useInboxListState = () =>
  useListState({
    readFilters: readInboxFilters,
    writeFilters: writeInboxFilters,
    sortFields: [] as const,
    defaultSort: { field: 'LAST_ACTIVITY', direction: 'DESC' },
  });
