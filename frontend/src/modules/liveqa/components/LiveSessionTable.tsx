import { Link } from 'react-router';
import type { LiveSessionSummaryFragment } from '@/generated/graphql';
import { formatDateTime } from '@/ui/utils/format';
import { formatHost } from '../utils/formatHost';
import { liveSessionPath } from '../utils/liveSessionPaths';
import { LiveSessionStatusBadge } from './LiveSessionStatusBadge';

export function LiveSessionTable({ sessions }: { sessions: readonly LiveSessionSummaryFragment[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Live Q&amp;A sessions</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Scheduled start</th>
            <th scope="col">Host</th>
            <th scope="col">Join code</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id}>
              <th scope="row">
                <Link to={liveSessionPath(session.id)}>{session.title}</Link>
              </th>
              <td>
                <LiveSessionStatusBadge status={session.status} />
              </td>
              <td className="nowrap">{formatDateTime(session.scheduledStart)}</td>
              <td>{formatHost(session.host)}</td>
              <td className="nowrap">
                <code>{session.joinCode}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
