import { useCallback } from 'react';
import { useMutation } from 'urql';
import { SetPublishingWebhookDocument, type PublishingWebhookFieldsFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';

/** A webhook the server accepted, with the secret it signs with, which it answers this once. */
export interface WebhookSet {
  webhook: PublishingWebhookFieldsFragment | null;
  signingSecret: string | null;
}

/**
 * Sets (or, with null, stops) the publishing webhook. What the server accepted goes to `onSet`;
 * the outcome (userErrors, or a failed request in words) goes back to the form.
 */
export function useSetPublishingWebhook(onSet: (set: WebhookSet) => void) {
  const [{ fetching }, setWebhook] = useMutation(SetPublishingWebhookDocument);
  const submit = useCallback(
    async (url: string | null): Promise<SubmitOutcome> => {
      const result = await setWebhook({ input: { url } });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.setPublishingWebhook;
      if (!payload) return { error: 'The webhook was not changed.' };
      if (payload.userErrors.length === 0) onSet({ webhook: payload.webhook, signingSecret: payload.signingSecret });
      return { userErrors: payload.userErrors };
    },
    [onSet, setWebhook],
  );
  return { submit, fetching };
}
