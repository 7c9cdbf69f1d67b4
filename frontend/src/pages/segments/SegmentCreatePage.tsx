import { SegmentForm } from '@/modules/segment/components/SegmentForm';
import { useCreateSegment } from '@/modules/segment/hooks/useSaveSegment';
import { EMPTY_SEGMENT_FORM } from '@/modules/segment/utils/segmentFormValues';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';

export function SegmentCreatePage() {
  const { canWriteSegments } = usePermissions();
  return (
    <RequirePermission allowed={canWriteSegments} what="create audience segments">
      <CreateSegment />
    </RequirePermission>
  );
}

function CreateSegment() {
  const createSegment = useCreateSegment();
  return (
    <>
      <BackLink to="/segments">All audience segments</BackLink>
      <PageHeading title="New audience segment" />
      <SegmentForm
        initialValues={EMPTY_SEGMENT_FORM}
        submitLabel="Create segment"
        cancelTo="/segments"
        onSubmit={createSegment}
      />
    </>
  );
}
