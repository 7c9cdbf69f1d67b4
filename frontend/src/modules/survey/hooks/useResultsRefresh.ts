import { useEffect, useRef } from 'react';

/**
 * Reads the results again every `ms` while `live` (an open survey: no subscription pushes its
 * responses) and the page is visible, and whenever the window gets focus back, live or not (a
 * colleague may have closed or reopened it meanwhile).
 */
export function useResultsRefresh(refresh: () => void, { live, ms = 10_000 }: { live: boolean; ms?: number }) {
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  useEffect(() => {
    const onFocus = () => refreshRef.current();
    window.addEventListener('focus', onFocus);
    const timer = live
      ? setInterval(() => {
          if (document.visibilityState === 'visible') refreshRef.current();
        }, ms)
      : undefined;
    return () => {
      window.removeEventListener('focus', onFocus);
      clearInterval(timer);
    };
  }, [live, ms]);
}
