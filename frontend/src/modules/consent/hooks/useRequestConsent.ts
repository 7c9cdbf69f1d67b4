import { useCallback } from 'react';
import { useMutation } from 'urql';
import { RequestConsentDocument, type ConsentRequestSummaryFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildRequestConsentInput, type ConsentRequestFormValues } from '../utils/consentRequestForm';
import { routeConsentUserErrors } from '../utils/routeConsentUserErrors';

export interface SentRequest {
  request: ConsentRequestSummaryFragment;
  /** The one-time link: the server answers it only now. */
  signingLink: string;
}

/**
 * Sends the request; on success hands over the signing link (kept by the page only, never
 * stored). userErrors go back to the form as recordConsent's do, each beside its field.
 */
export function useRequestConsent(
  onSent: (sent: SentRequest) => void,
): (values: ConsentRequestFormValues) => Promise<SubmitOutcome> {
  const [, requestConsent] = useMutation(RequestConsentDocument);
  return useCallback(
    async (values) => {
      const result = await requestConsent({ input: buildRequestConsentInput(values) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.requestConsent;
      if (!payload) return { error: 'The signing request was not created.' };
      if (payload.consentRequest && payload.signingLink && payload.userErrors.length === 0)
        onSent({ request: payload.consentRequest, signingLink: payload.signingLink });
      const linkDays = payload.userErrors.filter((error) => error.field?.at(-1) === 'linkExpiresInDays');
      const others = payload.userErrors.filter((error) => !linkDays.includes(error));
      return { userErrors: [...linkDays, ...routeConsentUserErrors(others)] };
    },
    [onSent, requestConsent],
  );
}
