import { useQuery } from 'urql';
import { AuditLogDocument } from '@/generated/graphql';
import { AuditLogTable } from '@/modules/audit/components/AuditLogTable';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';
import { Pagination } from '@/ui/pagination/Pagination';
import { useCursorStack } from '@/ui/pagination/useCursorStack';

const PAGE_SIZE = 20;

export function AuditLogPage() {
  const { canViewAuditLog } = usePermissions();
  return (
    <RequirePermission allowed={canViewAuditLog} what="view the audit log">
      <AuditLog />
    </RequirePermission>
  );
}

function AuditLog() {
  const cursor = useCursorStack('audit');
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AuditLogDocument,
    variables: { first: PAGE_SIZE, after: cursor.after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.auditLog;
  return (
    <>
      <PageHeading
        title="Audit log"
        description="Who changed what, newest first. Values are never recorded, only the names of the fields set."
      />
      {error && !connection && (
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !connection && <LoadingState label="Loading audit log…" />}
      {connection && connection.edges.length === 0 && <p className="empty">Nothing has been changed yet.</p>}
      {connection && connection.edges.length > 0 && (
        <>
          <p className="muted">{connection.totalCount === 1 ? '1 entry' : `${connection.totalCount} entries`}</p>
          <AuditLogTable entries={connection.edges.map((edge) => edge.node)} />
          <Pagination
            label="Audit log pages"
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
