import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LiveSessionDocument } from '@/generated/graphql';
import { useNewestVersion } from '@/modules/api/hooks/useNewestVersion';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { LiveSessionDetails } from '@/modules/liveqa/components/LiveSessionDetails';
import { LiveSessionStatusActions } from '@/modules/liveqa/components/LiveSessionStatusActions';
import { LiveSessionShare } from '@/modules/liveqa/components/LiveSessionShare';
import { canEditLiveSession } from '@/modules/liveqa/utils/liveSessionAccess';
import { liveSessionConsolePath, liveSessionEditPath } from '@/modules/liveqa/utils/liveSessionPaths';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';

export function LiveSessionDetailPage() {
  const { id = '' } = useParams();
  const { roles } = useViewer();
  const [{ data, error, fetching, stale }, reexecute] = useQuery({ query: LiveSessionDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [session, showChanged] = useNewestVersion(data?.liveSession);

  if (!data) {
    return (
      <>
        <BackLink to="/live-sessions">All live sessions</BackLink>
        <PageHeading title="Live session" />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading live session…" />
        )}
      </>
    );
  }
  if (!session)
    return (
      <NotFoundMessage title="Live session not found" backTo="/live-sessions" backLabel="Back to all live sessions" />
    );

  return (
    <>
      <BackLink to="/live-sessions">All live sessions</BackLink>
      <PageHeading
        title={session.title}
        actions={
          <>
            {canEditLiveSession(roles, session) && (
              <Link to={liveSessionEditPath(session.id)} className="button">
                Edit session
              </Link>
            )}
            {session.viewerCanModerate && (
              <Link to={liveSessionConsolePath(session.id)} className="button button--primary">
                Moderator console
              </Link>
            )}
          </>
        }
      />
      {session.viewerCanModerate && (
        <LiveSessionStatusActions
          session={session}
          onChanged={showChanged}
          onReload={reload}
          refreshing={fetching || stale}
        />
      )}
      <LiveSessionShare joinCode={session.joinCode} />
      <LiveSessionDetails session={session} />
    </>
  );
}
