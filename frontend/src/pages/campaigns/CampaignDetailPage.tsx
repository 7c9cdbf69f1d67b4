import { campaignEditPath } from '@/modules/campaign/utils/campaignPaths';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { CampaignDocument } from '@/generated/graphql';
import { CampaignPerformancePanel } from '@/modules/analytics/components/CampaignPerformancePanel';
import { useNewestVersion } from '@/modules/api/hooks/useNewestVersion';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { CampaignDetails } from '@/modules/campaign/components/CampaignDetails';
import { CampaignStatusActions } from '@/modules/campaign/components/CampaignStatusActions';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';

export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { canWriteCampaigns, canReadAnalytics } = usePermissions();
  const [{ data, error, fetching, stale }, reexecute] = useQuery({ query: CampaignDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [campaign, showChanged] = useNewestVersion(data?.campaign);

  if (!data) {
    return (
      <>
        <BackLink to="/campaigns">All campaigns</BackLink>
        <PageHeading title="Campaign" />
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

  const editable = canWriteCampaigns && campaign.status !== 'ARCHIVED';
  return (
    <>
      <BackLink to="/campaigns">All campaigns</BackLink>
      <PageHeading
        title={campaign.name}
        actions={
          editable && (
            <Link to={campaignEditPath(campaign.id)} className="button button--primary">
              Edit
            </Link>
          )
        }
      />
      {canWriteCampaigns && (
        <CampaignStatusActions
          campaign={campaign}
          onChanged={showChanged}
          onReload={reload}
          refreshing={fetching || stale}
        />
      )}
      <CampaignDetails campaign={campaign} />
      {canReadAnalytics && <CampaignPerformancePanel campaignId={campaign.id} />}
    </>
  );
}
