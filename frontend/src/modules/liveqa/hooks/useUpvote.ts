import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import {
  UpvoteQuestionDocument,
  WithdrawUpvoteDocument,
  type AudienceQuestionFieldsFragment,
} from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { isRefusal } from '../utils/isRefusal';

/** Upvotes a question or withdraws the upvote; the count shown is the one the server answered. */
export function useUpvote(
  onUpvote: (question: AudienceQuestionFieldsFragment, upvoted: boolean) => void,
  onRefused: () => void,
) {
  const [, upvote] = useMutation(UpvoteQuestionDocument);
  const [, withdraw] = useMutation(WithdrawUpvoteDocument);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const toggle = useCallback(
    async (questionId: string, upvoted: boolean) => {
      setBusy((current) => new Set(current).add(questionId));
      const input = { questionId };
      const result = upvoted ? await withdraw({ input }) : await upvote({ input });
      setBusy((current) => {
        const next = new Set(current);
        next.delete(questionId);
        return next;
      });
      if (isRefusal(result.error)) return onRefused();
      const payload =
        result.data && ('upvoteQuestion' in result.data ? result.data.upvoteQuestion : result.data.withdrawUpvote);
      if (result.error || !payload) {
        return setError(result.error ? describeGraphqlError(result.error) : 'Your upvote was not saved.');
      }
      if (payload.userErrors.length > 0 || !payload.question) {
        return setError(payload.userErrors.map((e) => e.message).join(' ') || 'Your upvote was not saved.');
      }
      setError(null);
      onUpvote(payload.question, !upvoted);
    },
    [upvote, withdraw, onUpvote, onRefused],
  );

  return { toggle, busy, error };
}
