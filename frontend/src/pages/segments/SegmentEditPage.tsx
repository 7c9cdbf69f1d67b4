import { segmentPath } from '@/modules/segment/utils/segmentPaths';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { AudienceSegmentDocument, type SegmentDetailFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { SegmentForm } from '@/modules/segment/components/SegmentForm';
import { useUpdateSegment } from '@/modules/segment/hooks/useSaveSegment';
import { segmentToFormValues } from '@/modules/segment/utils/segmentFormValues';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';

export function SegmentEditPage() {
  const { canWriteSegments } = usePermissions();
  return (
    <RequirePermission allowed={canWriteSegments} what="edit audience segments">
      <EditSegment />
    </RequirePermission>
  );
}

function EditSegment() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AudienceSegmentDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const segment = data?.audienceSegment;

  if (!data) {
    return (
      <>
        <PageHeading title="Edit audience segment" />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading audience segment…" />
        )}
      </>
    );
  }
  if (!segment)
    return (
      <NotFoundMessage
        title="Audience segment not found"
        backTo="/segments"
        backLabel="Back to all audience segments"
      />
    );
  const detailPath = segmentPath(segment.id);
  return (
    <>
      <BackLink to={detailPath}>{segment.name}</BackLink>
      <PageHeading title={`Edit ${segment.name}`} />
      {/* A reload after a conflict brings a new version: remount the form with fresh values. */}
      <EditSegmentForm key={segment.version} segment={segment} cancelTo={detailPath} onReload={reload} />
    </>
  );
}

function EditSegmentForm({
  segment,
  cancelTo,
  onReload,
}: {
  segment: SegmentDetailFragment;
  cancelTo: string;
  onReload: () => void;
}) {
  const initialValues = useMemo(() => segmentToFormValues(segment), [segment]);
  const updateSegment = useUpdateSegment(segment, initialValues);
  return (
    <SegmentForm
      initialValues={initialValues}
      submitLabel="Save changes"
      cancelTo={cancelTo}
      onSubmit={updateSegment}
      onReload={onReload}
    />
  );
}
