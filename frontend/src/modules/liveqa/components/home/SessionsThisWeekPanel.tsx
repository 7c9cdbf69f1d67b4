import { useState } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { formatDateTime } from '@/ui/utils/format';
import { useHomeLiveSessions } from '../../hooks/useHomeLiveSessions';
import { liveSessionPath } from '../../utils/liveSessionPaths';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Sessions scheduled to start in the next seven days. */
export function SessionsThisWeekPanel() {
  // Fixed when the panel opens: whole minutes, so the query (and urql's cache key) holds still.
  const [filter] = useState(() => {
    const now = Date.now();
    const from = new Date(Math.floor(now / 60_000) * 60_000);
    return {
      status: ['SCHEDULED' as const],
      scheduledFrom: from.toISOString(),
      scheduledTo: new Date(from.getTime() + WEEK_MS).toISOString(),
    };
  });
  const { sessions, error } = useHomeLiveSessions(filter);
  if (!sessions)
    return error ? (
      <p className="error-text">Sessions could not be loaded.</p>
    ) : (
      <LoadingState label="Loading sessions…" />
    );
  if (sessions.length === 0) return <p className="muted">No live sessions are scheduled in the next seven days.</p>;
  return (
    <ul className="home-list">
      {sessions.map((session) => (
        <li key={session.id} className="home-list__item">
          <Link to={liveSessionPath(session.id)} className="home-list__title">
            {session.title}
          </Link>
          <time className="muted" dateTime={session.scheduledStart}>
            {formatDateTime(session.scheduledStart)}
          </time>
        </li>
      ))}
    </ul>
  );
}
