import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { ModerateQuestionDocument, type LiveQuestionFieldsFragment, type ModerationAction } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { describeModerationErrors } from '../utils/moderationErrors';

export interface ModerationExtras {
  /** New text, for EDIT. */
  text?: string;
  /** Optional answer, for MARK_ANSWERED. */
  answer?: string;
}

/**
 * Runs moderateQuestion and keeps, per question, whether an action is on its way and why the
 * last one was refused. Resolves to true when the action went through.
 */
export function useModerateQuestion(onQuestion: (question: LiveQuestionFieldsFragment) => void) {
  const [, moderate] = useMutation(ModerateQuestionDocument);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});

  const setError = (questionId: string, message: string | null) =>
    setErrors(({ [questionId]: _previous, ...rest }) => (message ? { ...rest, [questionId]: message } : rest));
  const setBusyFor = (questionId: string, on: boolean) =>
    setBusy((current) => {
      const next = new Set(current);
      if (on) next.add(questionId);
      else next.delete(questionId);
      return next;
    });

  const run = useCallback(
    async (questionId: string, action: ModerationAction, extras: ModerationExtras = {}): Promise<boolean> => {
      setBusyFor(questionId, true);
      const answer = extras.answer?.trim();
      const result = await moderate({
        input: { questionId, action, text: extras.text, answer: answer ? answer : undefined },
      });
      setBusyFor(questionId, false);
      const payload = result.data?.moderateQuestion;
      if (result.error || !payload) {
        setError(questionId, result.error ? describeGraphqlError(result.error) : 'The action was not saved.');
        return false;
      }
      if (payload.userErrors.length > 0 || !payload.question) {
        setError(questionId, describeModerationErrors(payload.userErrors) || 'The action was not saved.');
        return false;
      }
      setError(questionId, null);
      onQuestion(payload.question);
      return true;
    },
    [moderate, onQuestion],
  );

  return { run, busy, errors };
}
