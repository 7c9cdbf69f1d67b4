import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { LiveSessionDocument, type LiveSessionDetailFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { LiveSessionForm } from '@/modules/liveqa/components/LiveSessionForm';
import { useModeratorOptions } from '@/modules/liveqa/hooks/useModeratorOptions';
import { useUpdateLiveSession } from '@/modules/liveqa/hooks/useUpdateLiveSession';
import { canEditLiveSession } from '@/modules/liveqa/utils/liveSessionAccess';
import { liveSessionToFormValues } from '@/modules/liveqa/utils/liveSessionFormValues';
import { liveSessionPath } from '@/modules/liveqa/utils/liveSessionPaths';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { Alert } from '@/ui/feedback/Alert';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotAllowedMessage } from '@/ui/layout/NotAllowedMessage';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';

/** /live-sessions/:id/edit: a scheduled session's details, saved with the version that was read. */
export function LiveSessionEditPage() {
  const { id = '' } = useParams();
  const { roles } = useViewer();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: LiveSessionDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const session = data?.liveSession;

  if (!data) {
    return (
      <>
        <PageHeading title="Edit live session" />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading live session…" />
        )}
      </>
    );
  }
  if (!session) {
    return (
      <NotFoundMessage title="Live session not found" backTo="/live-sessions" backLabel="Back to all live sessions" />
    );
  }
  const detailPath = liveSessionPath(session.id);
  if (session.status === 'SCHEDULED' && !canEditLiveSession(roles, session)) {
    return <NotAllowedMessage what="edit this live session" />;
  }
  return (
    <>
      <BackLink to={detailPath}>{session.title}</BackLink>
      <PageHeading title={`Edit ${session.title}`} />
      {session.status !== 'SCHEDULED' ? (
        <Alert tone="info">This session has started, so its details can no longer be changed here.</Alert>
      ) : (
        // A reload after a conflict brings a new version: remount the form with fresh values.
        <EditForm key={session.version} session={session} cancelTo={detailPath} onReload={reload} />
      )}
    </>
  );
}

function EditForm(props: { session: LiveSessionDetailFragment; cancelTo: string; onReload: () => void }) {
  const initialValues = useMemo(() => liveSessionToFormValues(props.session), [props.session]);
  const update = useUpdateLiveSession(props.session, initialValues);
  const moderators = useModeratorOptions();
  return (
    <LiveSessionForm
      initialValues={initialValues}
      submitLabel="Save changes"
      cancelTo={props.cancelTo}
      onSubmit={update}
      onReload={props.onReload}
      moderatorOptions={moderators.options}
      moderatorsLoading={moderators.loading}
    />
  );
}
