import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { CreateLiveSessionDocument } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildCreateLiveSessionInput } from '../utils/liveSessionFormToInput';
import type { LiveSessionFormValues } from '../utils/liveSessionFormValues';
import { liveSessionPath } from '../utils/liveSessionPaths';

/** Schedules the session and opens it, or hands the userErrors back to the form. */
export function useCreateLiveSession(): (values: LiveSessionFormValues) => Promise<SubmitOutcome> {
  const [, create] = useMutation(CreateLiveSessionDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const result = await create({ input: buildCreateLiveSessionInput(values) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.createLiveSession;
      if (!payload) return { error: 'The session was not saved.' };
      if (payload.liveSession && payload.userErrors.length === 0) navigate(liveSessionPath(payload.liveSession.id));
      return { userErrors: payload.userErrors };
    },
    [create, navigate],
  );
}
