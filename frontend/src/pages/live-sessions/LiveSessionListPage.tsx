import { Link } from 'react-router';
import { useQuery } from 'urql';
import { LiveSessionsDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { liveSessionColumns } from '@/modules/liveqa/components/liveSessionColumns';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { PageHeading } from '@/ui/layout/PageHeading';
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
      <ConnectionView
        connection={connection}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loadingLabel="Loading live sessions…"
        emptyMessage="No live sessions yet."
        caption="Live Q&A sessions"
        columns={liveSessionColumns}
        pagesLabel="Live session pages"
        pageSize={PAGE_SIZE}
        paging={cursor}
      />
    </>
  );
}
