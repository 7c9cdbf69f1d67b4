import { useCallback, useState } from 'react';

export interface CursorStack {
  /** The `after` argument for the current page. */
  after: string | null;
  page: number;
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
}

/**
 * Forward-only cursors made two-way: every "next" pushes the cursor it left from. A new
 * `resetKey` (e.g. other filters) starts again at page one.
 */
const START: (string | null)[] = [null];

export function useCursorStack(resetKey: string): CursorStack {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({ key: resetKey, stack: [null] });
  if (state.key !== resetKey) setState({ key: resetKey, stack: [null] });
  const stack = state.key === resetKey ? state.stack : START;

  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (endCursor)
        setState((s) => ({ key: resetKey, stack: [...(s.key === resetKey ? s.stack : START), endCursor] }));
    },
    [resetKey],
  );
  const previous = useCallback(() => {
    setState((s) => (s.key === resetKey && s.stack.length > 1 ? { key: resetKey, stack: s.stack.slice(0, -1) } : s));
  }, [resetKey]);

  return { after: stack[stack.length - 1], page: stack.length, next, previous };
}
