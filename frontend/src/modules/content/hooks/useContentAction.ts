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
 */
export function useContentAction(onChanged: (content: ContentDetailFragment) => void) {
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
        return null;
      }
      setOutcome({ kind: 'done', message: done(payload.content) });
      onChanged(payload.content);
      return payload.content;
    },
    [onChanged],
  );
  return { outcome, busy, run, clear: () => setOutcome(null) };
}
