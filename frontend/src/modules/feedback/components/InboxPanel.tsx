import { Link } from 'react-router';
import { useQuery } from 'urql';
import { InboxCountsDocument } from '@/generated/graphql';
import { canFollowInbox } from '@/modules/viewer/utils/permissions';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useInboxLiveRefresh } from '../hooks/useInboxLiveRefresh';
import { inboxPathWith } from '../utils/feedbackPaths';

const threads = (n: number) => `${n} ${n === 1 ? 'thread' : 'threads'}`;

/**
 * New and overdue threads, each linked to the inbox so filtered; read again at every change in
 * the inbox for those who may follow it (a clinical reviewer's counts are of their own threads).
 */
export function InboxPanel() {
  const { roles } = useViewer();
  const [{ data, error }, reexecute] = useQuery({ query: InboxCountsDocument });
  useInboxLiveRefresh({ enabled: canFollowInbox(roles), onChange: () => reexecute({ requestPolicy: 'network-only' }) });
  if (!data)
    return error ? (
      <p className="error-text">The inbox could not be loaded.</p>
    ) : (
      <LoadingState label="Loading the inbox…" />
    );
  const fresh = data.newThreads.totalCount ?? 0;
  const overdue = data.overdueThreads.totalCount ?? 0;
  return (
    <ul className="home-list">
      <li className="home-list__item">
        <Link to={inboxPathWith({ status: 'NEW' })} className="home-list__title">
          {fresh === 0 ? 'Nothing new' : `${fresh} new ${fresh === 1 ? 'thread' : 'threads'}`}
        </Link>
      </li>
      <li className="home-list__item">
        <Link to={inboxPathWith({ overdue: 'yes' })} className="home-list__title">
          {overdue === 0 ? 'Nothing overdue' : `${threads(overdue)} overdue for a first reply`}
        </Link>
      </li>
    </ul>
  );
}
