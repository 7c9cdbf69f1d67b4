import { segmentPath } from '@/modules/segment/utils/segmentPaths';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { AudienceSegmentDocument, type SegmentDetailFragment } from '@/generated/graphql';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { SegmentForm } from '@/modules/segment/components/SegmentForm';
import { useUpdateSegment } from '@/modules/segment/hooks/useSaveSegment';
import { SEGMENT_CONFLICT_FIELDS } from '@/modules/segment/utils/segmentConflictFields';
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
      {/* The form keeps its own base version: a refetch of the page's query must not reset it. */}
      <EditSegmentForm key={segment.id} segment={segment} cancelTo={detailPath} />
    </>
  );
}

function EditSegmentForm({ segment, cancelTo }: { segment: SegmentDetailFragment; cancelTo: string }) {
  const client = useClient();
  const reread = useCallback(
    () =>
      client
        .query(AudienceSegmentDocument, { id: segment.id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => result.data?.audienceSegment),
    [client, segment.id],
  );
  const edit = useEditConflict({
    original: segment,
    toValues: segmentToFormValues,
    fields: SEGMENT_CONFLICT_FIELDS,
    reread,
  });
  const updateSegment = useUpdateSegment(edit.base, edit.baseValues);
  return (
    <SegmentForm
      key={edit.formKey}
      initialValues={edit.startValues}
      savedValues={edit.baseValues}
      submitLabel="Save changes"
      cancelTo={cancelTo}
      onSubmit={updateSegment}
      onConflict={edit.onConflict}
      renderConflict={(values) => <ConflictResolution edit={edit} values={values} what="segment" />}
    />
  );
}
