import { useCallback, useEffect, useRef, useState } from 'react';

export interface UndoToastItem {
  /** What just happened, e.g. "Question rejected." */
  message: string;
  /** Takes the action back; the toast closes once it resolves. */
  onUndo: () => void | Promise<unknown>;
}

export const UNDO_TIMEOUT_MS = 8000;

/**
 * One undo offer at a time: show() replaces the previous one (that action stays done). The offer
 * closes after `timeoutMs`, but not while the pointer or focus is on it (paused), so nobody loses
 * it while reaching for the button.
 */
export function useUndoToast(timeoutMs = UNDO_TIMEOUT_MS) {
  const [toast, setToast] = useState<(UndoToastItem & { key: number }) | null>(null);
  const [paused, setPaused] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const nextKey = useRef(0);

  useEffect(() => {
    if (!toast || paused || undoing) return;
    const timer = setTimeout(() => setToast(null), timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, paused, undoing, timeoutMs]);

  const show = useCallback((item: UndoToastItem) => {
    nextKey.current += 1;
    setToast({ ...item, key: nextKey.current });
    setUndoing(false);
  }, []);
  const dismiss = useCallback(() => setToast(null), []);
  const undo = useCallback(async () => {
    if (!toast) return;
    setUndoing(true);
    try {
      await toast.onUndo();
    } finally {
      setUndoing(false);
      setToast((current) => (current?.key === toast.key ? null : current));
    }
  }, [toast]);

  return { toast, show, dismiss, undo, undoing, setPaused };
}

export type UndoToastController = ReturnType<typeof useUndoToast>;
