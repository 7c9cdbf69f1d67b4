import { useEffect, useReducer, useRef } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ConsentDocument, ConsentScopeDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ConsentAccessLog } from '@/modules/consent/components/ConsentAccessLog';
import { ConsentDeleteAction } from '@/modules/consent/components/ConsentDeleteAction';
import { ConsentDocumentSection } from '@/modules/consent/components/ConsentDocumentSection';
import { ConsentRecordDetails } from '@/modules/consent/components/ConsentRecordDetails';
import { ConsentRevokeSection } from '@/modules/consent/components/ConsentRevokeSection';
import { ConsentScopeDetails } from '@/modules/consent/components/ConsentScopeDetails';
import { CONSENTS_PATH } from '@/modules/consent/utils/consentPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/consent/styles/consent.css';

/** Compliance staff get the whole record; marketers and clinical reviewers its scope, never asking for more. */
export function ConsentDetailPage() {
  const { canReadConsents, canReadConsentPatients } = usePermissions();
  const { id = '' } = useParams();
  return (
    <RequirePermission allowed={canReadConsents} what="see consents">
      {canReadConsentPatients ? <FullConsent id={id} /> : <ConsentScope id={id} />}
    </RequirePermission>
  );
}

function Waiting({
  error,
  fetching,
  onRetry,
}: {
  error?: Parameters<typeof describeGraphqlError>[0];
  fetching: boolean;
  onRetry: () => void;
}) {
  return (
    <>
      <BackLink to={CONSENTS_PATH}>All consents</BackLink>
      <PageHeading title="Consent" />
      {error && !fetching ? (
        <ErrorState message={describeGraphqlError(error)} onRetry={onRetry} />
      ) : (
        <LoadingState label="Loading consent…" />
      )}
    </>
  );
}

const notFound = <NotFoundMessage title="Consent not found" backTo={CONSENTS_PATH} backLabel="Back to all consents" />;

function ConsentScope({ id }: { id: string }) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ConsentScopeDocument, variables: { id } });
  if (!data)
    return <Waiting error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data.consent) return notFound;
  return (
    <>
      <BackLink to={CONSENTS_PATH}>All consents</BackLink>
      <PageHeading title={data.consent.label} />
      <p className="consent-note">Patient details are visible to compliance staff only.</p>
      <ConsentScopeDetails consent={data.consent} />
    </>
  );
}

function FullConsent({ id }: { id: string }) {
  const { canWriteConsents } = usePermissions();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ConsentDocument,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  // Every read of the record and every download is logged: the access log is read again after each.
  const [reads, countRead] = useReducer((n: number) => n + 1, 0);
  const lastResult = useRef<typeof data>(undefined);
  useEffect(() => {
    if (!data) return;
    if (lastResult.current && lastResult.current !== data) countRead();
    lastResult.current = data;
  }, [data]);

  if (!data) return <Waiting error={error} fetching={fetching} onRetry={reload} />;
  const consent = data.consent;
  if (!consent) return notFound;
  return (
    <>
      <BackLink to={CONSENTS_PATH}>All consents</BackLink>
      <PageHeading title={consent.label} />
      <ConsentScopeDetails consent={consent} />
      <ConsentRecordDetails consent={consent} />
      <ConsentDocumentSection
        consent={consent}
        canAttach={canWriteConsents}
        onDownloaded={countRead}
        onReload={reload}
      />
      {canWriteConsents && consent.status === 'ACTIVE' && <ConsentRevokeSection consent={consent} />}
      {canWriteConsents && <ConsentDeleteAction consent={consent} />}
      <ConsentAccessLog consentId={consent.id} readCount={reads} />
    </>
  );
}
