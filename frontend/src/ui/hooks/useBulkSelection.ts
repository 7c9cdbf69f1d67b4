import { useCallback, useMemo, useState } from 'react';

/**
 * Which rows are ticked for a bulk action (pending questions, campaigns on a page). Only ids still
 * selectable count: a question another moderator approved meanwhile, or a row no longer on the
 * page, drops out of the selection by itself.
 */
export function useBulkSelection(selectable: readonly string[]) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const selected = useMemo(() => selectable.filter((id) => ticked.has(id)), [selectable, ticked]);

  const toggle = useCallback((id: string, on?: boolean) => {
    setTicked((current) => {
      const next = new Set(current);
      if (on ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const setAll = useCallback((ids: readonly string[], on: boolean) => setTicked(new Set(on ? ids : [])), []);
  const clear = useCallback(() => setTicked(new Set()), []);

  return { selected, isSelected: (id: string) => ticked.has(id), toggle, setAll, clear };
}
