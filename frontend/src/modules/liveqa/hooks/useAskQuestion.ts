import { useCallback } from 'react';
import { useMutation } from 'urql';
import { AskQuestionDocument, type MyQuestionFieldsFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { describeAskErrors, type AskErrors } from '../utils/askQuestionErrors';
import { isRefusal } from '../utils/isRefusal';

export type AskOutcome = { question: MyQuestionFieldsFragment } | { errors: AskErrors };

/** Sends askQuestion; the asked question goes to `onAsked`, refusals of the token to `onRefused`. */
export function useAskQuestion(onAsked: (question: MyQuestionFieldsFragment) => void, onRefused: () => void) {
  const [state, ask] = useMutation(AskQuestionDocument);
  const submit = useCallback(
    async (text: string, anonymous: boolean): Promise<AskOutcome> => {
      const result = await ask({ input: { text: text.trim(), anonymous } });
      if (isRefusal(result.error)) {
        onRefused();
        return { errors: {} };
      }
      const payload = result.data?.askQuestion;
      if (result.error || !payload) {
        return { errors: { form: result.error ? describeGraphqlError(result.error) : 'Your question was not sent.' } };
      }
      if (payload.userErrors.length > 0 || !payload.question) {
        return { errors: describeAskErrors(payload.userErrors, payload.retryAfterSeconds) };
      }
      onAsked(payload.question);
      return { question: payload.question };
    },
    [ask, onAsked, onRefused],
  );
  return { submit, submitting: state.fetching };
}
