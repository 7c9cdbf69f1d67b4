import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ScanTextDocument, type ScanTextQuery } from '@/generated/graphql';

/** scanText takes at most this many characters. */
const SCAN_MAX = 20_000;

export interface PhiScan {
  /** The text the findings are about (the last one typed before the pause). */
  text: string;
  findings: ScanTextQuery['scanText'];
}

/**
 * What the server's PHI scanner finds in a text, asked once typing pauses for `delay` ms rather
 * than on every key. The findings come with the text they were found in, so their spans are
 * never read against newer text.
 */
export function usePhiScan(text: string, delay = 400): PhiScan {
  const [debounced, setDebounced] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text), delay);
    return () => clearTimeout(timer);
  }, [text, delay]);
  const skip = !debounced.trim() || debounced.length > SCAN_MAX;
  const [{ data, operation }] = useQuery({ query: ScanTextDocument, variables: { text: debounced }, pause: skip });
  const current = !skip && operation?.variables.text === debounced;
  return { text: debounced, findings: current ? (data?.scanText ?? []) : [] };
}
