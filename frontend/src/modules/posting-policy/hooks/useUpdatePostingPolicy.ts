import { useCallback } from 'react';
import { useMutation } from 'urql';
import { UpdatePostingPolicyDocument, type PostingPolicyFieldsFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildUpdatePostingPolicyInput } from '../utils/postingPolicyFormToInput';
import type { PostingPolicyFormValues } from '../utils/postingPolicyFormValues';
import { routePostingPolicyUserErrors } from '../utils/routePostingPolicyUserErrors';

/**
 * Writes the next version over `policy`'s (a CONFLICT when someone saved one since). The new
 * version goes to `onSaved`, so the next save is written over it.
 */
export function useUpdatePostingPolicy(
  policy: PostingPolicyFieldsFragment,
  onSaved: (policy: PostingPolicyFieldsFragment) => void,
): (values: PostingPolicyFormValues) => Promise<SubmitOutcome> {
  const [, update] = useMutation(UpdatePostingPolicyDocument);
  return useCallback(
    async (values) => {
      const input = buildUpdatePostingPolicyInput(values, policy.version);
      const result = await update({ input });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.updatePostingPolicy;
      if (!payload) return { error: 'The posting policy was not saved.' };
      if (payload.postingPolicy && payload.userErrors.length === 0) onSaved(payload.postingPolicy);
      return { userErrors: routePostingPolicyUserErrors(payload.userErrors, input) };
    },
    [onSaved, policy.version, update],
  );
}
