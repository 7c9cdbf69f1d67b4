import { useEffect, useState } from 'react';

/**
 * The time now (epoch ms), read again every `ms` while the page is open, for wording that depends
 * on it ("due in 35 min"). Tests pass a fixed time to the pure functions instead.
 */
export function useNow(ms = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
