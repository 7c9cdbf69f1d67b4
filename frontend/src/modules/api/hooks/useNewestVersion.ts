import { useCallback, useState } from 'react';

interface Versioned {
  id: string;
  version: number;
}

/**
 * The newer of what a query returned and what a mutation just answered. The query refetches
 * after a mutation, but until it arrives the page must not offer actions based on the old
 * version (they would fail with CONFLICT).
 *
 * Some changes do not move the version (a review comment, a PHI override: they are not part of
 * what is approved). Their answer is shown until the query answers again, which then has them.
 */
export function useNewestVersion<T extends Versioned>(
  queried: T | null | undefined,
): [T | null | undefined, (latest: T) => void] {
  const [latest, setLatest] = useState<{ value: T; over: T | null | undefined } | null>(null);
  const answered = latest?.value;
  const newest =
    answered &&
    queried &&
    answered.id === queried.id &&
    (answered.version > queried.version || (answered.version === queried.version && latest.over === queried))
      ? answered
      : queried;
  const show = useCallback((value: T) => setLatest({ value, over: queried }), [queried]);
  return [newest, show];
}
