import { useEffect, useRef, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { resubscribeDelayMs, subscriptionFailure } from '../utils/subscriptionFailure';

/** live: subscribed; reconnecting: waiting to resubscribe; failed/refused: given up. */
export type FeedConnection = 'live' | 'reconnecting' | 'failed' | 'refused';

interface Options<Data, Variables extends AnyVariables> {
  query: TypedDocumentNode<Data, Variables>;
  /** Variables of a subscription that delivers the events after `afterSequence`. */
  variables: (afterSequence: number) => Variables;
  /** The snapshot's sequence; null until it is loaded (nothing is subscribed before). */
  startAfter: number | null;
  /** The highest sequence applied so far, read whenever the subscription is made again. */
  resumeAfter: () => number;
  onData: (data: Data) => void;
  onRefused?: (error: CombinedError) => void;
  /** False once nothing more will come (an ended session): unsubscribes and stays so. */
  active?: boolean;
}

/**
 * A subscription to a sequenced event stream that survives a dropped socket: when it fails, it
 * subscribes again after a growing pause, resuming after the highest sequence seen,
 * so the server replays exactly what was missed. A refused token is reported, not retried.
 */
export function useResumableSubscription<Data, Variables extends AnyVariables>(
  options: Options<Data, Variables>,
): { connection: FeedConnection; reconnect: () => void } {
  const client = useClient();
  const latest = useRef(options);
  latest.current = options;
  const [round, setRound] = useState(0);
  const [connection, setConnection] = useState<FeedConnection>('live');
  const failures = useRef(0);
  const enabled = options.startAfter !== null && options.active !== false;

  useEffect(() => {
    if (!enabled) return;
    const { query, variables, startAfter, resumeAfter } = latest.current;
    const after = round === 0 ? (startAfter ?? 0) : Math.max(startAfter ?? 0, resumeAfter());
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = (state: FeedConnection) => {
      finished = true;
      setConnection(state);
    };
    const retryLater = () => {
      finished = true;
      setConnection('reconnecting');
      timer = setTimeout(() => setRound((current) => current + 1), resubscribeDelayMs(failures.current++));
    };

    setConnection('live');
    // A dropped socket arrives as an error result; a stream the server completes (the session
    // ended) simply stops, and is not resubscribed.
    const subscription = client.subscription(query, variables(after)).subscribe((result) => {
      if (finished) return;
      if (result.data) {
        failures.current = 0;
        latest.current.onData(result.data);
      }
      if (!result.error) return;
      const failure = subscriptionFailure(result.error);
      if (failure === 'resume') {
        // The token expired and was renewed meanwhile: subscribe again at once, after the last event.
        finished = true;
        return setRound((current) => current + 1);
      }
      if (failure === 'retry') return retryLater();
      giveUp(failure);
      if (failure === 'refused') latest.current.onRefused?.(result.error);
    });
    return () => {
      finished = true;
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [client, enabled, round]);

  return { connection, reconnect: () => setRound((current) => current + 1) };
}
