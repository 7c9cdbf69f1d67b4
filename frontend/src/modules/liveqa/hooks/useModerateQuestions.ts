import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { ModerateQuestionsDocument, type LiveQuestionFieldsFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { describeModerationErrors } from '../utils/moderationErrors';

export type BulkAction = 'APPROVE' | 'REJECT';

/** moderateQuestions takes at most this many questions in one call. */
export const BULK_LIMIT = 100;

export interface BulkOutcome {
  /** The questions as moderated, in the order asked. */
  moderated: LiveQuestionFieldsFragment[];
  /** Why the others were not, one line each. */
  failures: string[];
}

/**
 * Approves or rejects several questions with moderateQuestions, 100 at a time; each question
 * succeeds or fails on its own. Every moderated copy goes to `onQuestion`.
 */
export function useModerateQuestions(onQuestion: (question: LiveQuestionFieldsFragment) => void) {
  const [, moderate] = useMutation(ModerateQuestionsDocument);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (questionIds: readonly string[], action: BulkAction): Promise<BulkOutcome> => {
      setBusy(true);
      const outcome: BulkOutcome = { moderated: [], failures: [] };
      for (let start = 0; start < questionIds.length; start += BULK_LIMIT) {
        const chunk = questionIds.slice(start, start + BULK_LIMIT);
        const result = await moderate({ input: { questionIds: [...chunk], action } });
        const payload = result.data?.moderateQuestions;
        if (result.error || !payload) {
          outcome.failures.push(result.error ? describeGraphqlError(result.error) : 'The action was not saved.');
          continue;
        }
        for (const question of payload.questions) {
          if (!question) continue;
          outcome.moderated.push(question);
          onQuestion(question);
        }
        const refused = describeModerationErrors(payload.userErrors);
        if (refused) outcome.failures.push(refused);
      }
      setBusy(false);
      return outcome;
    },
    [moderate, onQuestion],
  );

  return { run, busy };
}
