import { campaignPath } from '../utils/campaignPaths';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { CreateCampaignDocument } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildCreateCampaignInput } from '../utils/campaignFormToInput';
import type { CampaignFormValues } from '../utils/campaignFormValues';

/** Creates the campaign and opens it; userErrors go back to the form. */
export function useCreateCampaign(): (values: CampaignFormValues) => Promise<SubmitOutcome> {
  const [, createCampaign] = useMutation(CreateCampaignDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const result = await createCampaign({ input: buildCreateCampaignInput(values) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.createCampaign;
      if (!payload) return { error: 'The campaign was not saved.' };
      if (payload.campaign && payload.userErrors.length === 0) {
        navigate(campaignPath(payload.campaign.id));
      }
      return { userErrors: payload.userErrors };
    },
    [createCampaign, navigate],
  );
}
