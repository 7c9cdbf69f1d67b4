import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { ReplyToFeedbackDocument, type FeedbackThreadDetailFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { routeReplyErrors, type RoutedReplyErrors } from '../utils/replyErrors';

type Thread = FeedbackThreadDetailFragment;
type Message = NonNullable<Thread['messages']>[number];

export type SendOutcome =
  | { kind: 'sent'; message: Message | undefined }
  | { kind: 'refused'; errors: RoutedReplyErrors }
  | { kind: 'failed'; message: string };

/**
 * Sends a reply on the thread's version with `replyToFeedback`, a compliance officer's
 * justification when given. The answer is sorted by where it is shown: the sent message (its
 * delivery state), the guard's refusals beside the box with the server's suggested reply, a
 * justification error beside that field, a conflict, or a failure in words.
 */
export function useSendReply(thread: Pick<Thread, 'id' | 'version'>, onChanged: (thread: Thread) => void) {
  const [{ fetching }, reply] = useMutation(ReplyToFeedbackDocument);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);

  const send = useCallback(
    async (text: string, overrideJustification?: string): Promise<SendOutcome> => {
      const input = { threadId: thread.id, expectedVersion: thread.version, text, overrideJustification };
      const result = await reply({ input });
      const payload = result.data?.replyToFeedback;
      let next: SendOutcome;
      if (result.error || !payload) {
        next = {
          kind: 'failed',
          message: result.error ? describeGraphqlError(result.error) : 'The reply was not sent.',
        };
      } else if (payload.userErrors.length > 0 || !payload.thread) {
        next = { kind: 'refused', errors: routeReplyErrors(payload.userErrors, payload.suggestedReply ?? null) };
      } else {
        const sent = payload.thread.messages?.filter((message) => message.role === 'STAFF').at(-1);
        next = { kind: 'sent', message: sent };
        onChanged(payload.thread);
      }
      setOutcome(next);
      return next;
    },
    [onChanged, reply, thread.id, thread.version],
  );

  return { send, sending: fetching, outcome, clear: () => setOutcome(null) };
}
