import { useCallback, useEffect, useRef } from 'react';

/**
 * Focus for a list of cards that re-render and move between columns: `cardRef(id)` registers a
 * card's element (one stable callback per id), `focusAfterRender(id)` focuses it once the next
 * render has put it in place.
 */
export function useCardFocus() {
  const cards = useRef(new Map<string, HTMLElement>());
  const refCallbacks = useRef(new Map<string, (element: HTMLElement | null) => void>());
  const pending = useRef<string | null>(null);

  useEffect(() => {
    const id = pending.current;
    if (!id) return;
    pending.current = null;
    const card = cards.current.get(id);
    card?.focus();
    card?.scrollIntoView?.({ block: 'nearest' });
  });

  const cardRef = useCallback((id: string) => {
    let callback = refCallbacks.current.get(id);
    if (!callback) {
      callback = (element) => {
        if (element) cards.current.set(id, element);
        else cards.current.delete(id);
      };
      refCallbacks.current.set(id, callback);
    }
    return callback;
  }, []);

  const focusAfterRender = useCallback((id: string | null) => {
    pending.current = id;
  }, []);

  return { cardRef, focusAfterRender };
}
