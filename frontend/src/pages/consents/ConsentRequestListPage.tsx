import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ConsentRequestsDocument } from '@/generated/graphql';
import { cursorRefused, describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { consentRequestColumns } from '@/modules/consent/components/consentRequestColumns';
import { ConsentRequestFilters } from '@/modules/consent/components/ConsentRequestFilters';
import { ConsentViews } from '@/modules/consent/components/ConsentViews';
import { useConsentRequestListState } from '@/modules/consent/hooks/useConsentRequestListState';
import { NEW_CONSENT_REQUEST_PATH } from '@/modules/consent/utils/consentRequestLabels';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { useLastDefined } from '@/ui/hooks/useLastDefined';
import { useFirstPageWhenCursorRefused } from '@/ui/hooks/useListState';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/consent/styles/consent.css';

const PAGE_SIZE = 20;

export function ConsentRequestListPage() {
  const { canReadConsentRequests } = usePermissions();
  return (
    <RequirePermission allowed={canReadConsentRequests} what="see signing requests">
      <ConsentRequestList />
    </RequirePermission>
  );
}

/** Newest first; the patient is never asked for here (reading it is logged): the request's own page shows it. */
function ConsentRequestList() {
  const { canRequestConsents } = usePermissions();
  const list = useConsentRequestListState();
  const filter = list.filters.status.length > 0 ? { status: list.filters.status } : null;
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ConsentRequestsDocument,
    variables: { first: PAGE_SIZE, after: list.after, filter },
    requestPolicy: 'cache-and-network',
  });
  useFirstPageWhenCursorRefused(cursorRefused(error), list);
  const connection = useLastDefined(data?.consentRequests);

  return (
    <>
      <PageHeading
        title="Signing requests"
        description={
          connection ? `${connection.totalCount} ${connection.totalCount === 1 ? 'request' : 'requests'}` : undefined
        }
        actions={
          canRequestConsents && (
            <Link to={NEW_CONSENT_REQUEST_PATH} className="button button--primary">
              Send for online signing
            </Link>
          )
        }
      />
      <ConsentViews />
      <ConsentRequestFilters key={JSON.stringify(list.filters)} values={list.filters} onApply={list.applyFilters} />
      <ConnectionView
        connection={connection}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loadingLabel="Loading signing requests…"
        emptyMessage="No signing requests match these filters."
        caption="Signing requests"
        columns={consentRequestColumns}
        pagesLabel="Signing request pages"
        pageSize={PAGE_SIZE}
        paging={list}
      />
    </>
  );
}
