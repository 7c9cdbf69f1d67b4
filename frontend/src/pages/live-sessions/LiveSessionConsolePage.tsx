import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import type { LiveSessionDetailFragment } from '@/generated/graphql';
import { useNewestVersion } from '@/modules/api/hooks/useNewestVersion';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { KeyboardShortcutsHelp } from '@/modules/liveqa/components/KeyboardShortcutsHelp';
import { LiveFeedStatus } from '@/modules/liveqa/components/LiveFeedStatus';
import { LivePollPanel, NewPollButton, PastPolls } from '@/modules/liveqa/components/LivePollPanel';
import { LiveSessionStatusActions } from '@/modules/liveqa/components/LiveSessionStatusActions';
import { LiveSessionStatusBadge } from '@/modules/liveqa/components/LiveSessionStatusBadge';
import { ModerationBoard } from '@/modules/liveqa/components/ModerationBoard';
import { useConsolePolls } from '@/modules/liveqa/hooks/useConsolePolls';
import { useLiveSessionConsole } from '@/modules/liveqa/hooks/useLiveSessionConsole';
import { audiencePath, liveSessionPath, liveSessionProjectorPath } from '@/modules/liveqa/utils/liveSessionPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { NotAllowedMessage } from '@/ui/layout/NotAllowedMessage';
import { PageHeading } from '@/ui/layout/PageHeading';

/** Moderators run only the sessions that name them (admins run any). */
export const NOT_A_MODERATOR = 'moderate this session: it names other moderators';

export function LiveSessionConsolePage() {
  const { canRunLiveSessions } = usePermissions();
  return (
    <RequirePermission allowed={canRunLiveSessions} what="moderate live sessions">
      <ModeratorConsole />
    </RequirePermission>
  );
}

function ModeratorConsole() {
  const { id = '' } = useParams();
  const live = useLiveSessionConsole(id);
  const [session, showChanged] = useNewestVersion<LiveSessionDetailFragment>(live.session);
  const { state, reload, fetching } = live;
  const liveStatus = state.statusSequence >= 0 ? state.status : session?.status;
  const polls = useConsolePolls(state.polls, liveStatus === 'LIVE');

  // Another moderator started or ended the session: fetch its new version, or Start/End would
  // conflict. Once per status change, in case the answer still lags behind the event.
  const refetchedFor = useRef(-1);
  useEffect(() => {
    if (!session || fetching || state.status === session.status) return;
    if (state.statusSequence <= refetchedFor.current) return;
    refetchedFor.current = state.statusSequence;
    reload();
  }, [session, state.status, state.statusSequence, fetching, reload]);

  if (!live.data) {
    return (
      <>
        <BackLink to="/live-sessions">All live sessions</BackLink>
        <PageHeading title="Moderator console" />
        {live.error && !fetching ? (
          <ErrorState message={describeGraphqlError(live.error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading questions…" />
        )}
      </>
    );
  }
  if (!session) {
    return (
      <NotFoundMessage title="Live session not found" backTo="/live-sessions" backLabel="Back to all live sessions" />
    );
  }
  if (!session.viewerCanModerate) return <NotAllowedMessage what={NOT_A_MODERATOR} />;

  const status = liveStatus ?? session.status;
  const audienceUrl = window.location.origin + audiencePath(session.joinCode);
  return (
    <>
      <BackLink to={liveSessionPath(session.id)}>Session details</BackLink>
      {/* The queues are the work: the heading, status and start/end stay in one compact row above them. */}
      <div className="console-header">
        <div className="console-header__title">
          <PageHeading title={`Moderate: ${session.title}`} />
          <LiveSessionStatusBadge status={status} />
          <LiveFeedStatus connection={live.feed.connection} onReconnect={live.feed.reconnect} />
        </div>
        <div className="console-header__controls">
          <Link
            to={liveSessionProjectorPath(session.id)}
            target="_blank"
            rel="noopener"
            className="button button--small"
          >
            Projector<span className="visually-hidden"> (opens in a new tab)</span>
          </Link>
          <LiveSessionStatusActions
            session={session}
            onChanged={showChanged}
            onReload={reload}
            refreshing={fetching}
            compact
          />
        </div>
      </div>
      <LivePollPanel sessionId={session.id} polls={polls} onPoll={live.showPoll} />
      <ModerationBoard
        questions={state.questions}
        pinnedId={state.pinnedId}
        onQuestion={live.showQuestion}
        toolbarStart={
          <div className="console-toolbar__start">
            <details className="console-details">
              <summary>
                Join code <code>{session.joinCode}</code> and audience link
              </summary>
              <p>
                Audience page{' '}
                <a href={audiencePath(session.joinCode)} target="_blank" rel="noopener">
                  {audienceUrl}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </p>
            </details>
            <NewPollButton polls={polls} />
          </div>
        }
      />
      <PastPolls polls={polls} />
      <KeyboardShortcutsHelp />
    </>
  );
}
