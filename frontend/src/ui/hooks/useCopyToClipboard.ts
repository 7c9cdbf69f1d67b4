import { useEffect, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies a value to the clipboard on request and says how it went for four seconds (a browser may
 * refuse the clipboard), for a polite status beside the Copy button.
 */
export function useCopyToClipboard(value: string): { copy: CopyState; copyValue: () => Promise<void> } {
  const [copy, setCopy] = useState<CopyState>('idle');
  useEffect(() => {
    if (copy === 'idle') return;
    const timer = setTimeout(() => setCopy('idle'), 4000);
    return () => clearTimeout(timer);
  }, [copy]);

  const copyValue = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return { copy, copyValue };
}
