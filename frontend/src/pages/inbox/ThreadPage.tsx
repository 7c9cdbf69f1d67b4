import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { FeedbackThreadDocument, type FeedbackThreadDetailFragment } from '@/generated/graphql';
import { useNewestVersion } from '@/modules/api/hooks/useNewestVersion';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { FeedbackMessages } from '@/modules/feedback/components/FeedbackMessages';
import { FeedbackNotes } from '@/modules/feedback/components/FeedbackNotes';
import { InboxLiveStatus } from '@/modules/feedback/components/InboxLiveStatus';
import { ReplyBox } from '@/modules/feedback/components/ReplyBox';
import { SentimentBadge } from '@/modules/feedback/components/SentimentBadge';
import { ThemeChips } from '@/modules/feedback/components/ThemeChips';
import { ThreadDetails } from '@/modules/feedback/components/ThreadDetails';
import { ThreadWork } from '@/modules/feedback/components/ThreadWork';
import { useInboxLiveRefresh } from '@/modules/feedback/hooks/useInboxLiveRefresh';
import { useThemeTaxonomy } from '@/modules/feedback/hooks/useThemeTaxonomy';
import { describeThreadEvent } from '@/modules/feedback/utils/describeInboxEvent';
import { SOURCE_LABELS } from '@/modules/feedback/utils/feedbackLabels';
import { INBOX_PATH } from '@/modules/feedback/utils/feedbackPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useNow } from '@/ui/hooks/useNow';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';
import { formatDateTime } from '@/ui/utils/format';
import '@/modules/feedback/styles/feedback.css';

export function ThreadPage() {
  const { canReadInbox } = usePermissions();
  return (
    <RequirePermission allowed={canReadInbox} what="see the patient feedback inbox">
      <Thread />
    </RequirePermission>
  );
}

/** Named by source and time only: the page title is kept in the browser's history, a patient's name is not. */
const titleOf = (thread: Pick<FeedbackThreadDetailFragment, 'source' | 'createdAt'>) =>
  `${SOURCE_LABELS[thread.source]}, ${formatDateTime(thread.createdAt)}`;

function Thread() {
  const { id = '' } = useParams();
  const { canFollowInbox, canReplyToFeedback, canWorkFeedback, canOverrideReplyGuard, canReadThemeTaxonomy } =
    usePermissions();
  const { labelOf } = useThemeTaxonomy(canReadThemeTaxonomy);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: FeedbackThreadDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [thread, showChanged] = useNewestVersion(data?.feedbackThread);
  const live = useInboxLiveRefresh({
    enabled: canFollowInbox,
    onChange: reload,
    relevant: (event) => event.thread.id === id,
    describe: describeThreadEvent,
  });
  const now = useNow();

  if (!data) {
    return (
      <>
        <BackLink to={INBOX_PATH}>Inbox</BackLink>
        <PageHeading title="Feedback thread" />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading the thread…" />
        )}
      </>
    );
  }
  if (!thread) return <NotFoundMessage title="Thread not found" backTo={INBOX_PATH} backLabel="Back to the inbox" />;

  return (
    <>
      <BackLink to={INBOX_PATH}>Inbox</BackLink>
      <PageHeading title={titleOf(thread)} />
      {(thread.sentiment || thread.themes.length > 0) && (
        <div className="thread-summary-line">
          <SentimentBadge sentiment={thread.sentiment} prefix="Tone of the patient’s messages:" />
          {thread.themes.length > 0 && (
            <>
              <span className="muted">Themes:</span>
              <ThemeChips themes={thread.themes} labelOf={labelOf} />
            </>
          )}
        </div>
      )}
      {canFollowInbox && (
        <InboxLiveStatus
          connection={live.connection}
          lastChange={live.lastChange}
          onReconnect={live.reconnect}
          idle="Updates live when the patient writes again or a colleague changes this thread."
        />
      )}
      <div className="thread-layout">
        <div>
          <section aria-labelledby="thread-conversation-title">
            <h2 id="thread-conversation-title">Conversation</h2>
            {thread.messages ? (
              <FeedbackMessages thread={thread} />
            ) : (
              <p className="muted">You can read what the patient wrote once this thread is assigned to you.</p>
            )}
          </section>
          {canReplyToFeedback && (
            <section className="panel" aria-labelledby="thread-reply-title">
              <h2 id="thread-reply-title">Reply</h2>
              <ReplyBox thread={thread} onChanged={showChanged} onReload={reload} canOverride={canOverrideReplyGuard} />
            </section>
          )}
          {thread.notes && (
            <section aria-labelledby="thread-notes-title">
              <h2 id="thread-notes-title">Internal notes</h2>
              <FeedbackNotes thread={thread} onChanged={canWorkFeedback ? showChanged : undefined} />
            </section>
          )}
        </div>
        <div>
          <section className="panel" aria-labelledby="thread-about-title">
            <h2 id="thread-about-title">About this thread</h2>
            <ThreadDetails thread={thread} now={now} />
          </section>
          {canWorkFeedback && <ThreadWork thread={thread} onChanged={showChanged} onReload={reload} />}
        </div>
      </div>
    </>
  );
}
