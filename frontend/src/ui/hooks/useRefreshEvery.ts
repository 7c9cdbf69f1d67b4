import { useEffect, useRef } from 'react';

/**
 * Calls `refresh` every `ms` while the page is visible, and at once when it becomes visible
 * again: for panels whose data no subscription pushes. An infinite `ms` never refreshes.
 */
export function useRefreshEvery(refresh: () => void, ms: number) {
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  useEffect(() => {
    if (!Number.isFinite(ms)) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refreshRef.current();
    }, ms);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refreshRef.current();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [ms]);
}
