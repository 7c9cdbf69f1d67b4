import { campaignPath } from '@/modules/campaign/utils/campaignPaths';
import { useCallback, useMemo } from 'react';
import { useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { CampaignDocument, type CampaignDetailFragment } from '@/generated/graphql';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { CampaignForm } from '@/modules/campaign/components/CampaignForm';
import { useCampaignSegmentOptions } from '@/modules/campaign/hooks/useCampaignSegmentOptions';
import { useUpdateCampaign } from '@/modules/campaign/hooks/useUpdateCampaign';
import { campaignConflictFields } from '@/modules/campaign/utils/campaignConflictFields';
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
        // The form keeps its own base version: a refetch of the page's query must not reset it.
        <EditCampaignForm key={campaign.id} campaign={campaign} cancelTo={detailPath} />
      )}
    </>
  );
}

function EditCampaignForm({ campaign, cancelTo }: { campaign: CampaignDetailFragment; cancelTo: string }) {
  const client = useClient();
  const segments = useCampaignSegmentOptions();
  const reread = useCallback(
    () =>
      client
        .query(CampaignDocument, { id: campaign.id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => result.data?.campaign),
    [campaign.id, client],
  );
  const fields = useMemo(() => {
    const names = new Map(segments.options.map((option) => [option.value, option.label]));
    return campaignConflictFields((segmentId) => names.get(segmentId) ?? segmentId);
  }, [segments.options]);
  const edit = useEditConflict({ original: campaign, toValues: campaignToFormValues, fields, reread });
  const updateCampaign = useUpdateCampaign(edit.base, edit.baseValues);
  return (
    <CampaignForm
      key={edit.formKey}
      initialValues={edit.startValues}
      savedValues={edit.baseValues}
      segmentOptions={segments.options}
      segmentsLoading={segments.loading}
      submitLabel="Save changes"
      cancelTo={cancelTo}
      onSubmit={updateCampaign}
      onConflict={edit.onConflict}
      renderConflict={(values) => <ConflictResolution edit={edit} values={values} what="campaign" />}
    />
  );
}
