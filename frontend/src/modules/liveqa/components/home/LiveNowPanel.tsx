import { Link } from 'react-router';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { formatDateTime } from '@/ui/utils/format';
import { useHomeLiveSessions } from '../../hooks/useHomeLiveSessions';
import { liveSessionConsolePath, liveSessionPath } from '../../utils/liveSessionPaths';

const LIVE = { status: ['LIVE' as const] };

/** Sessions on air, with the console one click away for those who run them. */
export function LiveNowPanel() {
  const { sessions, error } = useHomeLiveSessions(LIVE);
  if (!sessions)
    return error ? (
      <p className="error-text">Live sessions could not be loaded.</p>
    ) : (
      <LoadingState label="Loading live sessions…" />
    );
  if (sessions.length === 0) return <p className="muted">Nothing is live right now.</p>;
  return (
    <ul className="home-list">
      {sessions.map((session) => (
        <li key={session.id} className="home-list__item">
          <Link to={liveSessionPath(session.id)} className="home-list__title">
            {session.title}
          </Link>
          <span className="muted">
            {session.host.name}
            {session.startedAt && (
              <>
                {' '}
                · on air since <time dateTime={session.startedAt}>{formatDateTime(session.startedAt)}</time>
              </>
            )}
          </span>
          {session.viewerCanModerate && (
            <Link to={liveSessionConsolePath(session.id)} className="button button--primary button--small">
              Open console<span className="visually-hidden"> of {session.title}</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
