import { useQuery } from 'urql';
import { AuditLogDocument } from '@/generated/graphql';
import { auditLogColumns } from '@/modules/audit/components/auditLogColumns';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { PageHeading } from '@/ui/layout/PageHeading';
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
      <ConnectionView
        connection={connection}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loadingLabel="Loading audit log…"
        emptyMessage="Nothing has been changed yet."
        caption="Audit log, newest first"
        columns={auditLogColumns}
        pagesLabel="Audit log pages"
        pageSize={PAGE_SIZE}
        paging={cursor}
        summary={(total) => <p className="muted">{total === 1 ? '1 entry' : `${total} entries`}</p>}
      />
    </>
  );
}
