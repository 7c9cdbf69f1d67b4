import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AudienceSegmentsDocument } from '@/generated/graphql';
import { ListExport } from '@/modules/audit/components/ListExport';
import { cursorRefused, describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { SegmentFilters } from '@/modules/segment/components/SegmentFilters';
import { segmentColumns } from '@/modules/segment/components/segmentColumns';
import { useSegmentListState } from '@/modules/segment/hooks/useSegmentListState';
import { toSegmentFilter } from '@/modules/segment/utils/segmentFilters';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { useLastDefined } from '@/ui/hooks/useLastDefined';
import { useFirstPageWhenCursorRefused } from '@/ui/hooks/useListState';
import { PageHeading } from '@/ui/layout/PageHeading';

const PAGE_SIZE = 20;

export function SegmentListPage() {
  const { canWriteSegments } = usePermissions();
  const list = useSegmentListState();
  const filter = toSegmentFilter(list.filters);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AudienceSegmentsDocument,
    variables: { first: PAGE_SIZE, after: list.after, filter, orderBy: list.sort },
  });
  useFirstPageWhenCursorRefused(cursorRefused(error), list);
  const connection = useLastDefined(data?.audienceSegments);

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
      <SegmentFilters key={JSON.stringify(list.filters)} values={list.filters} onApply={list.applyFilters} />
      <ListExport
        list="AUDIENCE_SEGMENTS"
        fileStem="audience-segments"
        query={AudienceSegmentsDocument}
        variables={{ filter, orderBy: list.sort }}
        pick={(page) => page.audienceSegments}
        columns={segmentColumns}
      />
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
        paging={list}
        sorting={list.sorting}
      />
    </>
  );
}
