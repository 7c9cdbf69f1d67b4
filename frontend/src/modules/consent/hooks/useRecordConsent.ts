import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { RecordConsentDocument } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildRecordConsentInput } from '../utils/consentFormToInput';
import type { ConsentFormValues } from '../utils/consentFormValues';
import { consentPath } from '../utils/consentPaths';
import { routeConsentUserErrors } from '../utils/routeConsentUserErrors';

/** Records the consent and opens it; userErrors go back to the form, each beside its field. */
export function useRecordConsent(): (values: ConsentFormValues) => Promise<SubmitOutcome> {
  const [, recordConsent] = useMutation(RecordConsentDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const result = await recordConsent({ input: buildRecordConsentInput(values) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.recordConsent;
      if (!payload) return { error: 'The consent was not recorded.' };
      if (payload.consent && payload.userErrors.length === 0) navigate(consentPath(payload.consent.id));
      return { userErrors: routeConsentUserErrors(payload.userErrors) };
    },
    [navigate, recordConsent],
  );
}
