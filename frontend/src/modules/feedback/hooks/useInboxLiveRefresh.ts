import { useEffect, useRef, useState } from 'react';
import { FeedbackInboxEventsDocument, type FeedbackInboxEventsSubscription } from '@/generated/graphql';
import { useResumableSubscription, type FeedConnection } from '@/modules/api/hooks/useResumableSubscription';
import { useCoalescedCallback } from '@/ui/hooks/useCoalescedCallback';
import { describeInboxEvent } from '../utils/describeInboxEvent';

type InboxEvent = FeedbackInboxEventsSubscription['feedbackInboxEvents'];

/** A connector's batch brings up to 500 threads at once: the view is read again at most once a second. */
const REFRESH_PAUSE_MS = 1000;

interface Options {
  /** Whether the viewer may follow the inbox (clinical reviewers may not). */
  enabled: boolean;
  /**
   * Reads the view again: at an event (at most once a second), and after a reconnection that may
   * have missed some.
   */
  onChange: () => void;
  /** The events the view is about (a thread page: its own thread); every event when absent. */
  relevant?: (event: InboxEvent) => boolean;
  /** The status line's words for an event; describeInboxEvent when absent. */
  describe?: (event: InboxEvent) => string;
}

/**
 * Follows `feedbackInboxEvents` so a list or a thread reads again what it shows. The list's query
 * carries no sequence to start from, so the first subscription starts at "now" (no afterSequence:
 * sequence 0 would replay the organisation's whole log); after a dropped socket it resumes after
 * the last sequence received, and the server replays what was missed. Had nothing arrived yet,
 * the view is read again instead, since the server cannot replay from "now".
 */
export function useInboxLiveRefresh({ enabled, onChange, relevant, describe = describeInboxEvent }: Options): {
  lastChange: string | null;
  connection: FeedConnection;
  reconnect: () => void;
} {
  const lastSequence = useRef(0);
  const refresh = useCoalescedCallback(onChange, REFRESH_PAUSE_MS);
  const latest = useRef({ relevant, describe });
  latest.current = { relevant, describe };
  const [lastChange, setLastChange] = useState<string | null>(null);
  const feed = useResumableSubscription({
    query: FeedbackInboxEventsDocument,
    variables: (after) => (after > 0 ? { afterSequence: after } : {}),
    startAfter: enabled ? 0 : null,
    resumeAfter: () => lastSequence.current,
    onData: ({ feedbackInboxEvents: event }) => {
      lastSequence.current = Math.max(lastSequence.current, event.sequence);
      if (latest.current.relevant && !latest.current.relevant(event)) return;
      setLastChange(latest.current.describe(event));
      refresh();
    },
  });

  const previous = useRef<FeedConnection>(feed.connection);
  useEffect(() => {
    const was = previous.current;
    previous.current = feed.connection;
    if (was !== 'live' && feed.connection === 'live' && lastSequence.current === 0) refresh();
  }, [feed.connection, refresh]);

  return { lastChange, ...feed };
}
