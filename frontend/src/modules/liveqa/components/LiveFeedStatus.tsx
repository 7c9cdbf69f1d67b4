import type { FeedConnection } from '@/modules/api/hooks/useResumableSubscription';

const MESSAGES: Record<FeedConnection, string> = {
  live: 'Live updates on.',
  reconnecting: 'Connection lost. Reconnecting…',
  failed: 'Live updates stopped.',
  refused: 'Live updates were refused.',
};

/** Says whether the page is still receiving live events; offers to reconnect when it gave up. */
export function LiveFeedStatus({ connection, onReconnect }: { connection: FeedConnection; onReconnect?: () => void }) {
  return (
    <p className={`live-status live-status--${connection}`} role="status">
      {MESSAGES[connection]}{' '}
      {connection === 'failed' && onReconnect && (
        <button type="button" className="button button--small" onClick={onReconnect}>
          Reconnect
        </button>
      )}
    </p>
  );
}
