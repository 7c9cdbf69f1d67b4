import { useEffect, useRef, useState } from 'react';

/**
 * `value`, changing at most once per `ms`: a change after a quiet pause shows at once, changes
 * during the pause after it show as one, the latest, when the pause ends. For a live region that
 * follows a value which may change many times a second (a poll's counts), so a screen reader hears
 * a summary every few seconds rather than every change.
 */
export function useThrottledValue<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = Math.max(0, lastShownAt.current + ms - Date.now());
    const timer = setTimeout(() => {
      lastShownAt.current = Date.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}
