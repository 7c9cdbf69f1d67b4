import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ReviewQueueDocument, type ReviewKind } from '@/generated/graphql';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useContentLiveRefresh } from '../hooks/useContentLiveRefresh';
import { decidableKindsFor } from '../utils/contentAccess';
import { REVIEW_KIND_LABELS } from '../utils/contentLabels';
import { REVIEW_QUEUE_PATH } from '../utils/contentPaths';

/** How many items wait for a review this reviewer decides, with a link to the queue. */
export function ReviewWaitingPanel() {
  const { roles } = useViewer();
  const kinds = decidableKindsFor(roles);
  return (
    <ul className="home-list">
      {kinds.map((kind) => (
        <WaitingCount key={kind} kind={kind} showKind={kinds.length > 1} />
      ))}
    </ul>
  );
}

function WaitingCount({ kind, showKind }: { kind: ReviewKind; showKind: boolean }) {
  const [{ data, error }, reexecute] = useQuery({ query: ReviewQueueDocument, variables: { kind } });
  useContentLiveRefresh(() => reexecute({ requestPolicy: 'network-only' }));
  const what = showKind ? ` (${REVIEW_KIND_LABELS[kind].toLowerCase()})` : '';
  if (!data)
    return (
      <li className="home-list__item">
        {error ? (
          <span className="error-text">The review queue could not be loaded.</span>
        ) : (
          <LoadingState label="Loading the review queue…" />
        )}
      </li>
    );
  const count = data.reviewQueue.length;
  return (
    <li className="home-list__item">
      <Link to={`${REVIEW_QUEUE_PATH}?kind=${kind}`} className="home-list__title">
        {count === 0 ? 'Nothing waiting' : `${count} ${count === 1 ? 'item' : 'items'} waiting`}
        {what}
      </Link>
    </li>
  );
}
