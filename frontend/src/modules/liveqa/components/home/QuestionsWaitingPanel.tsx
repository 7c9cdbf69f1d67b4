import { Link } from 'react-router';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useHomeLiveSessions } from '../../hooks/useHomeLiveSessions';
import { liveSessionConsolePath } from '../../utils/liveSessionPaths';

const OPEN = { status: ['LIVE' as const, 'SCHEDULED' as const] };
/** Questions arrive on each session's own stream: the counts are read again this often. */
const WAITING_REFRESH_MS = 15_000;

/** What needs me: questions waiting for moderation in the sessions I run. */
export function QuestionsWaitingPanel() {
  const { sessions, error } = useHomeLiveSessions(OPEN, WAITING_REFRESH_MS);
  if (!sessions)
    return error ? (
      <p className="error-text">Questions could not be loaded.</p>
    ) : (
      <LoadingState label="Loading questions…" />
    );
  const waiting = sessions.filter((session) => session.viewerCanModerate && session.questionCounts.pending > 0);
  if (waiting.length === 0) return <p className="muted">No questions are waiting for you.</p>;
  return (
    <ul className="home-list">
      {waiting.map((session) => (
        <li key={session.id} className="home-list__item">
          <span className="home-list__title">
            <strong>{session.questionCounts.pending}</strong>{' '}
            {session.questionCounts.pending === 1 ? 'question waits' : 'questions wait'} in {session.title}
          </span>
          <Link to={liveSessionConsolePath(session.id)} className="button button--small">
            Moderate<span className="visually-hidden"> {session.title}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
