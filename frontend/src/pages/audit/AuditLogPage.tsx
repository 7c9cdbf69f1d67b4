import { useCallback } from 'react';
import { useClient, useQuery } from 'urql';
import { AuditLogDocument } from '@/generated/graphql';
import { fetchAllPages } from '@/modules/api/utils/fetchAllPages';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { AuditFilters } from '@/modules/audit/components/AuditFilters';
import { auditLogColumns } from '@/modules/audit/components/auditLogColumns';
import { ExportCsvButton } from '@/modules/audit/components/ExportCsvButton';
import { useRecordedExport } from '@/modules/audit/hooks/useRecordedExport';
import {
  readAuditFilters,
  toAuditLogFilter,
  writeAuditFilters,
  type AuditFilterValues,
} from '@/modules/audit/utils/auditFilters';
import { auditLogCsv } from '@/modules/audit/utils/auditLogCsv';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { useQueryStringState } from '@/ui/hooks/useQueryStringState';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/audit/styles/audit.css';
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
  const { values: filters, apply } = useQueryStringState(readAuditFilters, writeAuditFilters);
  const filter = toAuditLogFilter(filters);
  const key = JSON.stringify(filter);
  const cursor = useCursorStack(`audit ${key}`);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AuditLogDocument,
    variables: { first: PAGE_SIZE, after: cursor.after, filter },
    requestPolicy: 'cache-and-network',
  });
  const client = useClient();
  const exporter = useRecordedExport();
  const exportCsv = useCallback(() => {
    void exporter.run('AUDIT_LOG', `audit-log-${new Date().toISOString().slice(0, 10)}.csv`, async () =>
      auditLogCsv(await fetchAllPages(client, AuditLogDocument, { filter: JSON.parse(key) }, (page) => page.auditLog)),
    );
  }, [client, exporter, key]);

  return (
    <>
      <PageHeading
        title="Audit log"
        description="Who did what, newest first. Text people typed is never recorded: only which fields they set, and the states things moved between."
      />
      <AuditFilters key={JSON.stringify(filters)} values={filters} onApply={(next: AuditFilterValues) => apply(next)} />
      <ExportCsvButton {...exporter} onExport={exportCsv} label="Export as CSV" />
      <ConnectionView
        connection={data?.auditLog}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loadingLabel="Loading audit log…"
        emptyMessage="No entries match these filters."
        caption="Audit log, newest first"
        columns={auditLogColumns}
        pagesLabel="Audit log pages"
        pageSize={PAGE_SIZE}
        paging={cursor}
        summary={(total) => <p className="muted">{total === 1 ? '1 entry' : `${total.toLocaleString()} entries`}</p>}
      />
    </>
  );
}
