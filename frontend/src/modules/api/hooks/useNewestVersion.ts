import { useState } from 'react';

interface Versioned {
  id: string;
  version: number;
}

/**
 * The newer of what a query returned and what a mutation just answered. The query refetches
 * after a mutation, but until it arrives the page must not offer actions based on the old
 * version (they would fail with CONFLICT).
 */
export function useNewestVersion<T extends Versioned>(
  queried: T | null | undefined,
): [T | null | undefined, (latest: T) => void] {
  const [latest, setLatest] = useState<T | null>(null);
  const newest = latest && queried && latest.id === queried.id && latest.version > queried.version ? latest : queried;
  return [newest, setLatest];
}
