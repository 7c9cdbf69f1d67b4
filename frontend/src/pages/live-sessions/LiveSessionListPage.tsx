import { Link } from 'react-router';
import { useQuery } from 'urql';
import { LiveSessionsDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { LiveSessionTable } from '@/modules/liveqa/components/LiveSessionTable';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';
import { Pagination } from '@/ui/pagination/Pagination';
import { useCursorStack } from '@/ui/pagination/useCursorStack';

const PAGE_SIZE = 20;

export function LiveSessionListPage() {
  const { canScheduleLiveSessions } = usePermissions();
  const cursor = useCursorStack('all');
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: LiveSessionsDocument,
    variables: { first: PAGE_SIZE, after: cursor.after },
  });
  const connection = data?.liveSessions;

  return (
    <>
      <PageHeading
        title="Live Q&A"
        description={
          connection ? `${connection.totalCount} ${connection.totalCount === 1 ? 'session' : 'sessions'}` : undefined
        }
        actions={
          canScheduleLiveSessions && (
            <Link to="/live-sessions/new" className="button button--primary">
              New session
            </Link>
          )
        }
      />
      {error && !connection && (
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !connection && <LoadingState label="Loading live sessions…" />}
      {connection && connection.edges.length === 0 && <p className="empty">No live sessions yet.</p>}
      {connection && connection.edges.length > 0 && (
        <>
          <LiveSessionTable sessions={connection.edges.map((edge) => edge.node)} />
          <Pagination
            label="Live session pages"
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
