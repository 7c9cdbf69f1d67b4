import { useCallback, useState } from 'react';
import type { ContentDetailFragment, UserErrorFieldsFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import type { CombinedError } from 'urql';

interface Payload {
  content?: ContentDetailFragment | null;
  userErrors: UserErrorFieldsFragment[];
}

export type ActionOutcome =
  | { kind: 'done'; message: string }
  | { kind: 'conflict' }
  | { kind: 'refused'; errors: UserErrorFieldsFragment[] }
  | { kind: 'failed'; message: string };

/**
 * Runs one workflow mutation of the detail or review page and keeps its outcome: done (the page
 * takes the answered item as newer than its query), a conflict, the payload's userErrors, or a
 * failed request. It answers the item the mutation answered (a correction's is the new draft), or
 * null when the step was not taken.
 *
 * A step refused for the state of things (INVALID_STATE) was offered on what the page read, which
 * is no longer true: `onStale` reads it again, so the page shows why (a correction someone else
 * started, the original of a correction retracted meanwhile).
 */
export function useContentAction(onChanged: (content: ContentDetailFragment) => void, onStale?: () => void) {
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (
      mutate: () => Promise<{ payload: Payload | undefined; error?: CombinedError }>,
      done: (content: ContentDetailFragment) => string,
    ): Promise<ContentDetailFragment | null> => {
      setBusy(true);
      const { payload, error } = await mutate();
      setBusy(false);
      if (error || !payload) {
        setOutcome({ kind: 'failed', message: error ? describeGraphqlError(error) : 'The change was not saved.' });
        return null;
      }
      if (payload.userErrors.some((e) => e.code === 'CONFLICT')) {
        setOutcome({ kind: 'conflict' });
        return null;
      }
      if (payload.userErrors.length > 0 || !payload.content) {
        setOutcome({ kind: 'refused', errors: payload.userErrors });
        if (payload.userErrors.some((e) => e.code === 'INVALID_STATE')) onStale?.();
        return null;
      }
      setOutcome({ kind: 'done', message: done(payload.content) });
      onChanged(payload.content);
      return payload.content;
    },
    [onChanged, onStale],
  );
  return { outcome, busy, run, clear: () => setOutcome(null) };
}
