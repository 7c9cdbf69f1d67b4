import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AudienceSegmentsDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { SegmentFilters } from '@/modules/segment/components/SegmentFilters';
import { segmentColumns } from '@/modules/segment/components/segmentColumns';
import { useSegmentFilters } from '@/modules/segment/hooks/useSegmentFilters';
import { toSegmentFilter } from '@/modules/segment/utils/segmentFilters';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { PageHeading } from '@/ui/layout/PageHeading';
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
      <ConnectionView
        connection={connection}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loadingLabel="Loading audience segments…"
        emptyMessage="No audience segments match these filters."
        caption="Audience segments"
        columns={segmentColumns}
        pagesLabel="Segment pages"
        pageSize={PAGE_SIZE}
        paging={cursor}
      />
    </>
  );
}
