import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readCalendarSearch, writeCalendarSearch, type CalendarSearch } from '../utils/calendarSearch';

/**
 * The calendar's view, period and filters, all in the address: a reload, a
 * bookmark or a shared link opens the same calendar, and Back returns to the period before.
 */
export function useCalendarSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readCalendarSearch(params), [params]);
  const update = useCallback(
    (change: Partial<CalendarSearch>, options?: { replace?: boolean }) =>
      setParams(writeCalendarSearch({ ...search, ...change }), options),
    [search, setParams],
  );
  return { search, update };
}
