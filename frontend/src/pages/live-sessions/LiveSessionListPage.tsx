import { Link } from 'react-router';
import { useQuery } from 'urql';
import { LiveSessionsDocument } from '@/generated/graphql';
import { ListExport } from '@/modules/audit/components/ListExport';
import { cursorRefused, describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { liveSessionColumns } from '@/modules/liveqa/components/liveSessionColumns';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { withSortFields } from '@/ui/data-display/DataTable';
import { useLastDefined } from '@/ui/hooks/useLastDefined';
import { useFirstPageWhenCursorRefused } from '@/ui/hooks/useListState';
import { PageHeading } from '@/ui/layout/PageHeading';
import { LiveSessionFilters } from './LiveSessionFilters';
import { toLiveSessionFilter, useLiveSessionListState } from './liveSessionListState';

const PAGE_SIZE = 20;

const columns = withSortFields(liveSessionColumns, { Title: 'TITLE', 'Scheduled start': 'SCHEDULED_START' });

export function LiveSessionListPage() {
  const { canScheduleLiveSessions } = usePermissions();
  const list = useLiveSessionListState();
  const filter = toLiveSessionFilter(list.filters);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: LiveSessionsDocument,
    variables: { first: PAGE_SIZE, after: list.after, filter, orderBy: list.sort },
  });
  useFirstPageWhenCursorRefused(cursorRefused(error), list);
  const connection = useLastDefined(data?.liveSessions);

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
      <LiveSessionFilters key={JSON.stringify(list.filters)} values={list.filters} onApply={list.applyFilters} />
      <ListExport
        list="LIVE_SESSIONS"
        fileStem="live-sessions"
        query={LiveSessionsDocument}
        variables={{ filter, orderBy: list.sort }}
        pick={(page) => page.liveSessions}
        columns={columns}
      />
      <ConnectionView
        connection={connection}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loadingLabel="Loading live sessions…"
        emptyMessage={filter ? 'No live sessions match these filters.' : 'No live sessions yet.'}
        caption="Live Q&A sessions"
        columns={columns}
        pagesLabel="Live session pages"
        pageSize={PAGE_SIZE}
        paging={list}
        sorting={list.sorting}
      />
    </>
  );
}
