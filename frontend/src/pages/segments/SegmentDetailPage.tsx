import { segmentEditPath } from '@/modules/segment/utils/segmentPaths';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { AudienceSegmentDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { SegmentDetails } from '@/modules/segment/components/SegmentDetails';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';

export function SegmentDetailPage() {
  const { id = '' } = useParams();
  const { canWriteSegments } = usePermissions();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AudienceSegmentDocument, variables: { id } });
  const segment = data?.audienceSegment;

  if (!data) {
    return (
      <>
        <BackLink to="/segments">All audience segments</BackLink>
        <PageHeading title="Audience segment" />
        {error && !fetching ? (
          <ErrorState
            message={describeGraphqlError(error)}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
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
  return (
    <>
      <BackLink to="/segments">All audience segments</BackLink>
      <PageHeading
        title={segment.name}
        actions={
          canWriteSegments && (
            <Link to={segmentEditPath(segment.id)} className="button button--primary">
              Edit
            </Link>
          )
        }
      />
      <SegmentDetails segment={segment} />
    </>
  );
}
