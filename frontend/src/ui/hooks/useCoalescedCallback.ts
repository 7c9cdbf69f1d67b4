import { useCallback, useEffect, useRef } from 'react';

/**
 * `callback` at most once per `ms`: the first call runs at once, and any calls during the pause
 * after it run once when the pause ends. For reading a list again on each event of a stream that
 * may bring hundreds at once (a connector's batch), without a request per event.
 */
export function useCoalescedCallback(callback: () => void, ms: number): () => void {
  const callbackRef = useRef(callback);
  callbackRef.current = callback;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef(false);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return useCallback(() => {
    if (timer.current) {
      pending.current = true;
      return;
    }
    callbackRef.current();
    const pause = () => {
      timer.current = setTimeout(() => {
        timer.current = null;
        if (!pending.current) return;
        pending.current = false;
        callbackRef.current();
        pause();
      }, ms);
    };
    pause();
  }, [ms]);
}
