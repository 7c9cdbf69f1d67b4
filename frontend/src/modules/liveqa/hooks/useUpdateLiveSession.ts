import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { UpdateLiveSessionDocument, type LiveSessionDetailFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildUpdateLiveSessionInput } from '../utils/liveSessionFormToInput';
import type { LiveSessionFormValues } from '../utils/liveSessionFormValues';
import { liveSessionPath } from '../utils/liveSessionPaths';

/** Saves what changed since `initialValues` were read, guarded by the session's version. */
export function useUpdateLiveSession(
  session: Pick<LiveSessionDetailFragment, 'id' | 'version'>,
  initialValues: LiveSessionFormValues,
): (values: LiveSessionFormValues) => Promise<SubmitOutcome> {
  const [, update] = useMutation(UpdateLiveSessionDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const input = buildUpdateLiveSessionInput(initialValues, values, session.id, session.version);
      const result = await update({ input });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.updateLiveSession;
      if (!payload) return { error: 'The session was not saved.' };
      if (payload.liveSession && payload.userErrors.length === 0) navigate(liveSessionPath(payload.liveSession.id));
      return { userErrors: payload.userErrors };
    },
    [initialValues, navigate, session.id, session.version, update],
  );
}
