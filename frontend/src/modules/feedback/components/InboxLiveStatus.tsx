import type { FeedConnection } from '@/modules/api/hooks/useResumableSubscription';

const CONNECTION_MESSAGES: Record<Exclude<FeedConnection, 'live'>, string> = {
  reconnecting: 'Connection lost. Reconnecting…',
  failed: 'Live updates stopped.',
  refused: 'Live updates were refused: reload the page to see new feedback.',
};

interface Props {
  connection: FeedConnection;
  lastChange: string | null;
  onReconnect: () => void;
  /** What the line says while live and nothing has changed yet. */
  idle: string;
}

/** One polite line: the latest change (never the patient's words), or why there are no live updates. */
export function InboxLiveStatus({ connection, lastChange, onReconnect, idle }: Props) {
  return (
    <p className="live-status" role="status">
      {connection === 'live' ? (lastChange ?? idle) : CONNECTION_MESSAGES[connection]}{' '}
      {connection === 'failed' && (
        <button type="button" className="button button--small" onClick={onReconnect}>
          Reconnect
        </button>
      )}
    </p>
  );
}
