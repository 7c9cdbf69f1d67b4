import { useCallback } from 'react';
import { useMutation } from 'urql';
import { LaunchLivePollDocument, type LivePollFieldsFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildLaunchLivePollInput, routeLivePollErrors, type LivePollFormValues } from '../utils/livePollForm';

/** Launches a poll in the session; the launched poll goes to `onLaunched`, shown before its event arrives. */
export function useLaunchLivePoll(
  sessionId: string,
  onLaunched: (poll: LivePollFieldsFragment) => void,
): (values: LivePollFormValues) => Promise<SubmitOutcome> {
  const [, launch] = useMutation(LaunchLivePollDocument);
  return useCallback(
    async (values) => {
      const result = await launch({ input: buildLaunchLivePollInput(sessionId, values) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.launchLivePoll;
      if (!payload) return { error: 'The poll was not launched.' };
      if (payload.poll && payload.userErrors.length === 0) onLaunched(payload.poll);
      return { userErrors: routeLivePollErrors(payload.userErrors) };
    },
    [launch, onLaunched, sessionId],
  );
}
