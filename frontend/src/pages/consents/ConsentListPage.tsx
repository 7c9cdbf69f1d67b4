import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { ConsentsDocument } from '@/generated/graphql';
import { cursorRefused, describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { consentColumns } from '@/modules/consent/components/consentColumns';
import { ConsentFilters } from '@/modules/consent/components/ConsentFilters';
import { useConsentListState } from '@/modules/consent/hooks/useConsentListState';
import { expiringSoonSearch, toConsentFilter } from '@/modules/consent/utils/consentFilters';
import { CONSENTS_PATH, NEW_CONSENT_PATH } from '@/modules/consent/utils/consentPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { Alert } from '@/ui/feedback/Alert';
import { useLastDefined } from '@/ui/hooks/useLastDefined';
import { useFirstPageWhenCursorRefused } from '@/ui/hooks/useListState';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/consent/styles/consent.css';

const PAGE_SIZE = 20;

export function ConsentListPage() {
  const { canReadConsents } = usePermissions();
  return (
    <RequirePermission allowed={canReadConsents} what="see consents">
      <ConsentList />
    </RequirePermission>
  );
}

function ConsentList() {
  const { canWriteConsents } = usePermissions();
  const deleted = (useLocation().state as { deletedLabel?: string } | null)?.deletedLabel;
  const [expiringSoon] = useState(() => expiringSoonSearch(new Date()));
  const list = useConsentListState();
  const filter = toConsentFilter(list.filters);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ConsentsDocument,
    variables: { first: PAGE_SIZE, after: list.after, filter, orderBy: list.sort },
    requestPolicy: 'cache-and-network',
  });
  useFirstPageWhenCursorRefused(cursorRefused(error), list);
  const connection = useLastDefined(data?.consents);

  return (
    <>
      <PageHeading
        title="Consents"
        description={
          connection ? `${connection.totalCount} ${connection.totalCount === 1 ? 'consent' : 'consents'}` : undefined
        }
        actions={
          canWriteConsents && (
            <Link to={NEW_CONSENT_PATH} className="button button--primary">
              Record consent
            </Link>
          )
        }
      />
      {deleted && <Alert tone="success">{deleted} was deleted.</Alert>}
      <nav className="consent-views" aria-label="Consent views">
        <Link to={CONSENTS_PATH}>All consents</Link>
        <Link to={`${CONSENTS_PATH}${expiringSoon}`}>Active, expiring within 30 days</Link>
      </nav>
      <ConsentFilters key={JSON.stringify(list.filters)} values={list.filters} onApply={list.applyFilters} />
      <ConnectionView
        connection={connection}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loadingLabel="Loading consents…"
        emptyMessage="No consents match these filters."
        caption="Consents"
        columns={consentColumns}
        pagesLabel="Consent pages"
        pageSize={PAGE_SIZE}
        paging={list}
        sorting={list.sorting}
      />
    </>
  );
}
