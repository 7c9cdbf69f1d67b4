import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { ModerateQuestionDocument, type LiveQuestionFieldsFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { describeModerationErrors } from '../utils/moderationErrors';

export type BulkAction = 'APPROVE' | 'REJECT';

export interface BulkOutcome {
  /** The questions as moderated, in the order asked. */
  moderated: LiveQuestionFieldsFragment[];
  /** Why the others were not, one line each. */
  failures: string[];
}

/** Approves or rejects several questions; each moderated copy goes to `onQuestion`. */
export function useModerateQuestions(onQuestion: (question: LiveQuestionFieldsFragment) => void) {
  const [, moderate] = useMutation(ModerateQuestionDocument);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (questionIds: readonly string[], action: BulkAction): Promise<BulkOutcome> => {
      setBusy(true);
      const outcome: BulkOutcome = { moderated: [], failures: [] };
      for (const questionId of questionIds) {
        const result = await moderate({ input: { questionId, action } });
        const payload = result.data?.moderateQuestion;
        if (payload?.question && payload.userErrors.length === 0) {
          outcome.moderated.push(payload.question);
          onQuestion(payload.question);
        } else {
          outcome.failures.push(
            result.error ? describeGraphqlError(result.error) : describeModerationErrors(payload?.userErrors ?? []),
          );
        }
      }
      setBusy(false);
      return outcome;
    },
    [moderate, onQuestion],
  );

  return { run, busy };
}
