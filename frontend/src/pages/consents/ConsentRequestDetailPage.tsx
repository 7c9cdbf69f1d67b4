import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ConsentRequestDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { CancelConsentRequestAction } from '@/modules/consent/components/CancelConsentRequestAction';
import { ConsentRequestDetails } from '@/modules/consent/components/ConsentRequestDetails';
import { CONSENT_REQUESTS_PATH } from '@/modules/consent/utils/consentRequestLabels';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/consent/styles/consent.css';

export function ConsentRequestDetailPage() {
  const { canReadConsentRequests } = usePermissions();
  const { id = '' } = useParams();
  return (
    <RequirePermission allowed={canReadConsentRequests} what="see signing requests">
      <ConsentRequestView id={id} />
    </RequirePermission>
  );
}

/** Reads the request with its patient's name, which the server logs: only this page asks for it. */
function ConsentRequestView({ id }: { id: string }) {
  const { canRequestConsents } = usePermissions();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ConsentRequestDocument,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const back = <BackLink to={CONSENT_REQUESTS_PATH}>All signing requests</BackLink>;
  if (!data)
    return (
      <>
        {back}
        <PageHeading title="Signing request" />
        {error && !fetching ? (
          <ErrorState
            message={describeGraphqlError(error)}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <LoadingState label="Loading signing request…" />
        )}
      </>
    );
  const request = data.node?.__typename === 'ConsentRequest' ? data.node : null;
  if (!request)
    return (
      <NotFoundMessage
        title="Signing request not found"
        backTo={CONSENT_REQUESTS_PATH}
        backLabel="Back to all signing requests"
      />
    );
  return (
    <>
      {back}
      <PageHeading
        title={`Signing request: ${request.scope}`}
        actions={canRequestConsents && request.status === 'PENDING' && <CancelConsentRequestAction request={request} />}
      />
      <ConsentRequestDetails request={request} />
    </>
  );
}
