import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { ConsentsDocument } from '@/generated/graphql';
import { cursorRefused, describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { consentColumns } from '@/modules/consent/components/consentColumns';
import { ConsentFilters } from '@/modules/consent/components/ConsentFilters';
import { ConsentViews } from '@/modules/consent/components/ConsentViews';
import { useConsentListState } from '@/modules/consent/hooks/useConsentListState';
import { toConsentFilter } from '@/modules/consent/utils/consentFilters';
import { NEW_CONSENT_PATH } from '@/modules/consent/utils/consentPaths';
import { NEW_CONSENT_REQUEST_PATH } from '@/modules/consent/utils/consentRequestLabels';
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
  const { canWriteConsents, canRequestConsents } = usePermissions();
  const deleted = (useLocation().state as { deletedLabel?: string } | null)?.deletedLabel;
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
          (canRequestConsents || canWriteConsents) && (
            <>
              {canRequestConsents && (
                <Link to={NEW_CONSENT_REQUEST_PATH} className="button">
                  Send for online signing
                </Link>
              )}
              {canWriteConsents && (
                <Link to={NEW_CONSENT_PATH} className="button button--primary">
                  Record consent
                </Link>
              )}
            </>
          )
        }
      />
      {deleted && <Alert tone="success">{deleted} was deleted.</Alert>}
      <ConsentViews />
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
