import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { CloseLivePollDocument, type LivePollFieldsFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';

/** Closes a poll; the closed poll, with its final counts, goes to `onClosed`. */
export function useCloseLivePoll(onClosed: (poll: LivePollFieldsFragment) => void) {
  const [{ fetching }, closePoll] = useMutation(CloseLivePollDocument);
  const [error, setError] = useState<string | null>(null);
  const close = useCallback(
    async (pollId: string): Promise<boolean> => {
      const result = await closePoll({ input: { pollId } });
      const payload = result.data?.closeLivePoll;
      if (result.error || !payload) {
        setError(result.error ? describeGraphqlError(result.error) : 'The poll was not closed.');
        return false;
      }
      if (payload.userErrors.length > 0 || !payload.poll) {
        setError(payload.userErrors.map((e) => e.message).join(' ') || 'The poll was not closed.');
        return false;
      }
      setError(null);
      onClosed(payload.poll);
      return true;
    },
    [closePoll, onClosed],
  );
  return { close, closing: fetching, error };
}
