import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { CreateSavedReplyDocument, UpdateSavedReplyDocument, type SavedReplyFieldsFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { SAVED_REPLIES_PATH } from '../utils/feedbackPaths';
import {
  buildCreateSavedReplyInput,
  buildUpdateSavedReplyInput,
  type SavedReplyFormValues,
} from '../utils/savedReplyForm';

/** The list says which reply was just saved. */
export interface SavedReplyListState {
  saved?: string;
}

/** Creates a saved reply and goes back to the list; userErrors go back to the form. */
export function useCreateSavedReply(): (values: SavedReplyFormValues) => Promise<SubmitOutcome> {
  const [, create] = useMutation(CreateSavedReplyDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const result = await create({ input: buildCreateSavedReplyInput(values) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.createSavedReply;
      if (!payload) return { error: 'The saved reply was not saved.' };
      if (payload.savedReply && payload.userErrors.length === 0) {
        navigate(SAVED_REPLIES_PATH, { state: { saved: payload.savedReply.title } satisfies SavedReplyListState });
      }
      return { userErrors: payload.userErrors };
    },
    [create, navigate],
  );
}

/** Saves what changed since `initial` was read, on the reply's version, and goes back to the list. */
export function useUpdateSavedReply(
  reply: Pick<SavedReplyFieldsFragment, 'id' | 'version'>,
  initial: SavedReplyFormValues,
): (values: SavedReplyFormValues) => Promise<SubmitOutcome> {
  const [, update] = useMutation(UpdateSavedReplyDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const result = await update({ input: buildUpdateSavedReplyInput(initial, values, reply) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.updateSavedReply;
      if (!payload) return { error: 'The saved reply was not saved.' };
      if (payload.savedReply && payload.userErrors.length === 0) {
        navigate(SAVED_REPLIES_PATH, { state: { saved: payload.savedReply.title } satisfies SavedReplyListState });
      }
      return { userErrors: payload.userErrors };
    },
    [initial, navigate, reply, update],
  );
}
