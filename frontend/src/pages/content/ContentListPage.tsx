import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ContentsDocument } from '@/generated/graphql';
import { cursorRefused, describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { contentColumns } from '@/modules/content/components/contentColumns';
import { ContentFilters } from '@/modules/content/components/ContentFilters';
import { useContentFormOptions } from '@/modules/content/hooks/useContentFormOptions';
import { useContentListState } from '@/modules/content/hooks/useContentListState';
import { toContentFilter } from '@/modules/content/utils/contentFilters';
import { NEW_CONTENT_PATH, REVIEW_QUEUE_PATH } from '@/modules/content/utils/contentPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { useLastDefined } from '@/ui/hooks/useLastDefined';
import { useFirstPageWhenCursorRefused } from '@/ui/hooks/useListState';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/content/styles/content.css';

const PAGE_SIZE = 20;

export function ContentListPage() {
  const { canReadContent } = usePermissions();
  return (
    <RequirePermission allowed={canReadContent} what="see content">
      <ContentList />
    </RequirePermission>
  );
}

function ContentList() {
  const { canWriteContent, canSeeReviewQueue } = usePermissions();
  const options = useContentFormOptions();
  const list = useContentListState();
  const filter = toContentFilter(list.filters);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ContentsDocument,
    variables: { first: PAGE_SIZE, after: list.after, filter },
    requestPolicy: 'cache-and-network',
  });
  useFirstPageWhenCursorRefused(cursorRefused(error), list);
  const connection = useLastDefined(data?.contents);

  return (
    <>
      <PageHeading
        title="Content"
        description={
          connection ? `${connection.totalCount} ${connection.totalCount === 1 ? 'item' : 'items'}` : undefined
        }
        actions={
          (canWriteContent || canSeeReviewQueue) && (
            <>
              {canSeeReviewQueue && (
                <Link to={REVIEW_QUEUE_PATH} className="button">
                  Review queue
                </Link>
              )}
              {canWriteContent && (
                <Link to={NEW_CONTENT_PATH} className="button button--primary">
                  New content
                </Link>
              )}
            </>
          )
        }
      />
      <ContentFilters
        key={JSON.stringify(list.filters)}
        values={list.filters}
        onApply={list.applyFilters}
        campaigns={options.campaigns}
        topics={options.topics}
      />
      <ConnectionView
        connection={connection}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loadingLabel="Loading content…"
        emptyMessage="No content matches these filters."
        caption="Content"
        columns={contentColumns}
        pagesLabel="Content pages"
        pageSize={PAGE_SIZE}
        paging={list}
      />
    </>
  );
}
