import { campaignPath } from '@/modules/campaign/utils/campaignPaths';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { CampaignDocument, type CampaignDetailFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { CampaignForm } from '@/modules/campaign/components/CampaignForm';
import { useCampaignSegmentOptions } from '@/modules/campaign/hooks/useCampaignSegmentOptions';
import { useUpdateCampaign } from '@/modules/campaign/hooks/useUpdateCampaign';
import { campaignToFormValues } from '@/modules/campaign/utils/campaignFormValues';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { Alert } from '@/ui/feedback/Alert';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';

export function CampaignEditPage() {
  const { canWriteCampaigns } = usePermissions();
  return (
    <RequirePermission allowed={canWriteCampaigns} what="edit campaigns">
      <EditCampaign />
    </RequirePermission>
  );
}

function EditCampaign() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: CampaignDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const campaign = data?.campaign;

  if (!data) {
    return (
      <>
        <PageHeading title="Edit campaign" />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading campaign…" />
        )}
      </>
    );
  }
  if (!campaign)
    return <NotFoundMessage title="Campaign not found" backTo="/campaigns" backLabel="Back to all campaigns" />;
  const detailPath = campaignPath(campaign.id);
  return (
    <>
      <BackLink to={detailPath}>{campaign.name}</BackLink>
      <PageHeading title={`Edit ${campaign.name}`} />
      {campaign.status === 'ARCHIVED' ? (
        <Alert tone="info">This campaign is archived and can no longer be changed.</Alert>
      ) : (
        // A reload after a conflict brings a new version: remount the form with fresh values.
        <EditCampaignForm key={campaign.version} campaign={campaign} cancelTo={detailPath} onReload={reload} />
      )}
    </>
  );
}

function EditCampaignForm({
  campaign,
  cancelTo,
  onReload,
}: {
  campaign: CampaignDetailFragment;
  cancelTo: string;
  onReload: () => void;
}) {
  const initialValues = useMemo(() => campaignToFormValues(campaign), [campaign]);
  const segments = useCampaignSegmentOptions();
  const updateCampaign = useUpdateCampaign(campaign, initialValues);
  return (
    <CampaignForm
      initialValues={initialValues}
      segmentOptions={segments.options}
      segmentsLoading={segments.loading}
      submitLabel="Save changes"
      cancelTo={cancelTo}
      onSubmit={updateCampaign}
      onReload={onReload}
    />
  );
}
