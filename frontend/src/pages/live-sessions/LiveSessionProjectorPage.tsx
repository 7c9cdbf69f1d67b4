import { useParams } from 'react-router';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { LiveFeedStatus } from '@/modules/liveqa/components/LiveFeedStatus';
import { ProjectorJoin } from '@/modules/liveqa/components/ProjectorJoin';
import { ProjectorQuestion } from '@/modules/liveqa/components/ProjectorQuestion';
import { useLiveSessionConsole } from '@/modules/liveqa/hooks/useLiveSessionConsole';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';
import { NotAllowedMessage } from '@/ui/layout/NotAllowedMessage';
import { NOT_A_MODERATOR } from './LiveSessionConsolePage';
import '@/modules/liveqa/styles/liveqa.css';

/** Full screen, without the app's header: the pinned question for the room or the stream. */
export function LiveSessionProjectorPage() {
  const { canRunLiveSessions } = usePermissions();
  return (
    <main className="projector">
      <RequirePermission allowed={canRunLiveSessions} what="open the projector view">
        <Projector />
      </RequirePermission>
    </main>
  );
}

function Projector() {
  const { id = '' } = useParams();
  const live = useLiveSessionConsole(id);
  const title = live.session?.title ?? 'Projector';
  useDocumentTitle(`Projector: ${title}`);
  const pinned = live.state.pinnedId ? (live.state.questions.get(live.state.pinnedId) ?? null) : null;

  if (!live.data) {
    return live.error && !live.fetching ? (
      <ErrorState message={describeGraphqlError(live.error)} onRetry={live.reload} />
    ) : (
      <LoadingState label="Loading…" />
    );
  }
  if (live.session && !live.session.viewerCanModerate) return <NotAllowedMessage what={NOT_A_MODERATOR} />;
  return (
    <>
      <h1 className="projector__title">{live.session ? live.session.title : 'Live session not found'}</h1>
      <div className="projector__body">
        <div className="projector__stage" aria-live="polite">
          <ProjectorQuestion question={pinned} />
        </div>
        {live.session && <ProjectorJoin joinCode={live.session.joinCode} />}
      </div>
      <div className="projector__footer">
        {/* Only trouble is worth the room's attention; "live updates on" is for staff. */}
        {live.feed.connection !== 'live' && (
          <LiveFeedStatus connection={live.feed.connection} onReconnect={live.feed.reconnect} />
        )}
        <button
          type="button"
          className="button button--small projector__fullscreen"
          onClick={() => void document.documentElement.requestFullscreen?.()}
        >
          Full screen
        </button>
      </div>
    </>
  );
}
