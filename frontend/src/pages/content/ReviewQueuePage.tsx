import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ReviewQueueDocument, type ReviewKind } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ReviewQueueTable } from '@/modules/content/components/ReviewQueueTable';
import { useContentLiveRefresh } from '@/modules/content/hooks/useContentLiveRefresh';
import { reviewKindsFor } from '@/modules/content/utils/contentAccess';
import { REVIEW_KIND_LABELS } from '@/modules/content/utils/contentLabels';
import { CONTENT_LIST_PATH, REVIEW_QUEUE_PATH } from '@/modules/content/utils/contentPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/content/styles/content.css';

export function ReviewQueuePage() {
  const { roles } = useViewer();
  const kinds = reviewKindsFor(roles);
  return (
    <RequirePermission allowed={kinds.length > 0} what="see the review queues">
      <ReviewQueue kinds={kinds} />
    </RequirePermission>
  );
}

function ReviewQueue({ kinds }: { kinds: ReviewKind[] }) {
  const [params] = useSearchParams();
  const asked = params.get('kind');
  const kind = kinds.find((k) => k === asked) ?? kinds[0];
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ReviewQueueDocument, variables: { kind } });
  // Live: every change in the organisation's content reads the queue again (an item arrived or left).
  const live = useContentLiveRefresh(() => reexecute({ requestPolicy: 'network-only' }));
  const label = REVIEW_KIND_LABELS[kind];

  return (
    <>
      <BackLink to={CONTENT_LIST_PATH}>All content</BackLink>
      <PageHeading
        title="Review queue"
        description={data ? `${data.reviewQueue.length} waiting for ${label.toLowerCase()}, oldest first` : undefined}
      />
      {kinds.length > 1 && (
        <nav className="review-tabs" aria-label="Review queues">
          {kinds.map((k) => (
            <Link
              key={k}
              to={`${REVIEW_QUEUE_PATH}?kind=${k}`}
              className="button"
              aria-current={k === kind ? 'page' : undefined}
            >
              {REVIEW_KIND_LABELS[k]}
            </Link>
          ))}
        </nav>
      )}
      <p className="muted" role="status">
        {live.unavailable
          ? 'Live updates are paused: reload the page to see the latest queue.'
          : (live.lastChange ?? 'Updates live as items are submitted and reviewed.')}
      </p>
      {data ? (
        <ReviewQueueTable items={data.reviewQueue} caption={`Waiting for ${label.toLowerCase()}`} />
      ) : error && !fetching ? (
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : (
        <LoadingState label="Loading the review queue…" />
      )}
    </>
  );
}
