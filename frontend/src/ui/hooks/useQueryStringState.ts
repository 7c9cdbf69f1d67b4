import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * State kept in the query string, so a filtered view can be bookmarked and shared. `read`
 * must tolerate hand-edited URLs; `write` should leave out empty values.
 */
export function useQueryStringState<T>(read: (params: URLSearchParams) => T, write: (value: T) => URLSearchParams) {
  const [params, setParams] = useSearchParams();
  const value = useMemo(() => read(params), [params, read]);
  const apply = useCallback((next: T) => setParams(write(next)), [setParams, write]);
  return { values: value, apply };
}
