import { CampaignForm } from '@/modules/campaign/components/CampaignForm';
import { useCampaignSegmentOptions } from '@/modules/campaign/hooks/useCampaignSegmentOptions';
import { useCreateCampaign } from '@/modules/campaign/hooks/useCreateCampaign';
import { EMPTY_CAMPAIGN_FORM } from '@/modules/campaign/utils/campaignFormValues';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';

export function CampaignCreatePage() {
  const { canWriteCampaigns } = usePermissions();
  return (
    <RequirePermission allowed={canWriteCampaigns} what="create campaigns">
      <CreateCampaign />
    </RequirePermission>
  );
}

function CreateCampaign() {
  const segments = useCampaignSegmentOptions();
  const createCampaign = useCreateCampaign();
  return (
    <>
      <BackLink to="/campaigns">All campaigns</BackLink>
      <PageHeading title="New campaign" />
      <CampaignForm
        initialValues={EMPTY_CAMPAIGN_FORM}
        segmentOptions={segments.options}
        segmentsLoading={segments.loading}
        submitLabel="Create campaign"
        cancelTo="/campaigns"
        onSubmit={createCampaign}
      />
    </>
  );
}
