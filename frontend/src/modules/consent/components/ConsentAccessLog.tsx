import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ConsentAccessLogDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { formatDateTime } from '@/ui/utils/format';

interface Props {
  consentId: string;
  /** Changes whenever the page read the consent again or downloaded its document: both are logged. */
  readCount: number;
}

/**
 * Who read the consent's protected fields or its document, newest first (164.312(b)). Mounted
 * after the consent itself arrived, so the page's own read is already in it.
 */
export function ConsentAccessLog({ consentId, readCount }: Props) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ConsentAccessLogDocument,
    variables: { consentId, first: 50 },
    requestPolicy: 'network-only',
  });
  useEffect(() => {
    if (readCount > 0) reexecute({ requestPolicy: 'network-only' });
  }, [readCount, reexecute]);

  return (
    <section aria-labelledby="consent-access-log">
      <h2 id="consent-access-log">Access log</h2>
      {!data ? (
        error && !fetching ? (
          <ErrorState
            message={describeGraphqlError(error)}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <LoadingState label="Loading the access log…" />
        )
      ) : data.consentAccessLog.length === 0 ? (
        <p className="muted">Nobody has read the protected details yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">Access log, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What was read</th>
              </tr>
            </thead>
            <tbody>
              {data.consentAccessLog.map((access, index) => (
                <tr key={`${access.at}-${index}`}>
                  <td className="nowrap">{formatDateTime(access.at)}</td>
                  <td>{access.actor?.name ?? access.actor?.email ?? 'A former colleague'}</td>
                  <td>{access.fields.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
