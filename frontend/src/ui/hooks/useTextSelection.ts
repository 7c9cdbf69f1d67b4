import { useCallback, useEffect, useState, type RefObject } from 'react';
import { rangeOffsets, type TextSpan } from '../utils/textSelection';

/**
 * The words last selected inside an element, as offsets into its text. The span is kept when the
 * selection moves outside (pressing a button to act on it often collapses it) and forgotten when
 * the reader clicks inside the element without selecting, or when `forget` is called.
 */
export function useTextSelection(ref: RefObject<HTMLElement | null>): [TextSpan | null, () => void] {
  const [span, setSpan] = useState<TextSpan | null>(null);
  useEffect(() => {
    const onChange = () => {
      const container = ref.current;
      const selection = document.getSelection();
      if (!container || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const offsets = rangeOffsets(container, range);
      if (offsets) setSpan(offsets);
      else if (range.collapsed && container.contains(range.startContainer)) setSpan(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [ref]);
  const forget = useCallback(() => setSpan(null), []);
  return [span, forget];
}
