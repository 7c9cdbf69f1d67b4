import { campaignPath } from '../utils/campaignPaths';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { UpdateCampaignDocument, type CampaignDetailFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildUpdateCampaignInput } from '../utils/campaignFormToInput';
import type { CampaignFormValues } from '../utils/campaignFormValues';

/** Saves what changed since `initialValues` were read, guarded by the campaign's version. */
export function useUpdateCampaign(
  campaign: Pick<CampaignDetailFragment, 'id' | 'version'>,
  initialValues: CampaignFormValues,
): (values: CampaignFormValues) => Promise<SubmitOutcome> {
  const [, updateCampaign] = useMutation(UpdateCampaignDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const input = buildUpdateCampaignInput(initialValues, values, campaign.id, campaign.version);
      const result = await updateCampaign({ input });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.updateCampaign;
      if (!payload) return { error: 'The campaign was not saved.' };
      if (payload.campaign && payload.userErrors.length === 0) {
        navigate(campaignPath(payload.campaign.id));
      }
      return { userErrors: payload.userErrors };
    },
    [campaign.id, campaign.version, initialValues, navigate, updateCampaign],
  );
}
