import { useEffect, useRef } from 'react';
import { useSubscription, type TypedDocumentNode } from 'urql';
import { subscriptionFailure } from '../utils/subscriptionFailure';

/**
 * Follows an organisation-wide change subscription (campaignChanged, liveSessionChanged) over
 * graphql-ws and calls `onChange` for each event, so a view can read again what it shows. When
 * the socket closes (its token expired, or the server cut a slow reader off) it listens again and
 * calls `onChange`, in case a change was missed meanwhile.
 */
export function useRefreshOnChange<Data>(query: TypedDocumentNode<Data, Record<string, never>>, onChange: () => void) {
  const [{ data, error }, resubscribe] = useSubscription<Data, Data, Record<string, never>>({ query, variables: {} });
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (data) onChangeRef.current();
  }, [data]);

  const failure = error ? subscriptionFailure(error) : null;
  useEffect(() => {
    if (failure === 'resume' || failure === 'retry') {
      resubscribe({ requestPolicy: 'network-only' });
      onChangeRef.current();
    }
  }, [failure, resubscribe]);

  return { data, unavailable: Boolean(error) };
}
