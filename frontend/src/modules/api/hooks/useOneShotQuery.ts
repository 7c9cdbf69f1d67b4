import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';

interface OneShotState<Data> {
  data?: Data;
  error?: CombinedError;
  fetching: boolean;
}

/**
 * Runs a query once from the network and lets go of it. Unlike useQuery it stays out of urql's
 * document cache invalidation, which would refetch the whole result after every mutation that
 * returns one of its types. For pages that keep themselves current from a subscription and only
 * need a snapshot to start from (or to reload on demand).
 */
export function useOneShotQuery<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  /** Called with each result's data in the same render batch as the state update. */
  onData?: (data: Data) => void,
): [OneShotState<Data>, () => void] {
  const client = useClient();
  const onDataRef = useRef(onData);
  onDataRef.current = onData;
  const [state, setState] = useState<OneShotState<Data>>({ fetching: true });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, fetching: true }));
    void client
      .query(query, JSON.parse(key) as Variables, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!current) return;
        if (result.data) onDataRef.current?.(result.data);
        setState((previous) => ({ data: result.data ?? previous.data, error: result.error, fetching: false }));
      });
    return () => {
      current = false;
    };
  }, [client, query, key, round]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  return [state, reload];
}
