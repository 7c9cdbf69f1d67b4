import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AudienceSegmentsDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { SegmentFilters } from '@/modules/segment/components/SegmentFilters';
import { SegmentTable } from '@/modules/segment/components/SegmentTable';
import { useSegmentFilters } from '@/modules/segment/hooks/useSegmentFilters';
import { toSegmentFilter } from '@/modules/segment/utils/segmentFilters';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';
import { Pagination } from '@/ui/pagination/Pagination';
import { useCursorStack } from '@/ui/pagination/useCursorStack';

const PAGE_SIZE = 20;

export function SegmentListPage() {
  const { canWriteSegments } = usePermissions();
  const filters = useSegmentFilters();
  const filter = toSegmentFilter(filters.values);
  const cursor = useCursorStack(JSON.stringify(filter ?? {}));
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AudienceSegmentsDocument,
    variables: { first: PAGE_SIZE, after: cursor.after, filter },
  });
  const connection = data?.audienceSegments;

  return (
    <>
      <PageHeading
        title="Audience segments"
        description={
          connection ? `${connection.totalCount} ${connection.totalCount === 1 ? 'segment' : 'segments'}` : undefined
        }
        actions={
          canWriteSegments && (
            <Link to="/segments/new" className="button button--primary">
              New segment
            </Link>
          )
        }
      />
      <SegmentFilters key={JSON.stringify(filters.values)} values={filters.values} onApply={filters.apply} />
      {error && !connection && (
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !connection && <LoadingState label="Loading audience segments…" />}
      {connection && connection.edges.length === 0 && (
        <p className="empty">No audience segments match these filters.</p>
      )}
      {connection && connection.edges.length > 0 && (
        <>
          <SegmentTable segments={connection.edges.map((edge) => edge.node)} />
          <Pagination
            label="Segment pages"
            page={cursor.page}
            pageSize={PAGE_SIZE}
            totalCount={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            onNext={() => cursor.next(connection.pageInfo.endCursor)}
            onPrevious={cursor.previous}
          />
        </>
      )}
    </>
  );
}
