import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { AnswerLivePollDocument, type AudiencePollFieldsFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { isRefusal } from '../utils/isRefusal';

/** Why an answer was not counted: the server's words (say, already answered) or a failed request. */
export interface AnswerProblem {
  pollId: string;
  message: string;
  /** The server refused the answer (userErrors): said politely, not as a failure. */
  refused: boolean;
}

/** Sends a participant's answer; the poll as answered (with their choice) goes to `onAnswered`. */
export function useAnswerLivePoll(onAnswered: (poll: AudiencePollFieldsFragment) => void, onRefused: () => void) {
  const [{ fetching }, answerPoll] = useMutation(AnswerLivePollDocument);
  const [problem, setProblem] = useState<AnswerProblem | null>(null);
  const answer = useCallback(
    async (pollId: string, optionId: string) => {
      setProblem(null);
      const result = await answerPoll({ input: { pollId, optionId } });
      if (isRefusal(result.error)) return onRefused();
      const payload = result.data?.answerLivePoll;
      if (result.error || !payload) {
        const message = result.error ? describeGraphqlError(result.error) : 'Your answer was not sent.';
        return setProblem({ pollId, message, refused: false });
      }
      if (payload.userErrors.length > 0 || !payload.poll) {
        const message = payload.userErrors.map((e) => e.message).join(' ') || 'Your answer was not counted.';
        return setProblem({ pollId, message, refused: true });
      }
      onAnswered(payload.poll);
    },
    [answerPoll, onAnswered, onRefused],
  );
  return { answer, answering: fetching, problem };
}
