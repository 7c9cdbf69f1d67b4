import { useCallback, useMemo } from 'react';
import { useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { LiveSessionDocument, type LiveSessionDetailFragment } from '@/generated/graphql';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { LiveSessionForm } from '@/modules/liveqa/components/LiveSessionForm';
import { useModeratorOptions } from '@/modules/liveqa/hooks/useModeratorOptions';
import { useUpdateLiveSession } from '@/modules/liveqa/hooks/useUpdateLiveSession';
import { canEditLiveSession } from '@/modules/liveqa/utils/liveSessionAccess';
import { liveSessionConflictFields } from '@/modules/liveqa/utils/liveSessionConflictFields';
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
        // The form keeps its own base version: a refetch of the page's query must not reset it.
        <EditForm key={session.id} session={session} cancelTo={detailPath} />
      )}
    </>
  );
}

function EditForm(props: { session: LiveSessionDetailFragment; cancelTo: string }) {
  const client = useClient();
  const moderators = useModeratorOptions();
  const reread = useCallback(
    () =>
      client
        .query(LiveSessionDocument, { id: props.session.id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => result.data?.liveSession),
    [client, props.session.id],
  );
  const fields = useMemo(() => {
    const names = new Map(moderators.options.map((option) => [option.value, option.label]));
    return liveSessionConflictFields((id) => names.get(id) ?? id);
  }, [moderators.options]);
  const edit = useEditConflict({ original: props.session, toValues: liveSessionToFormValues, fields, reread });
  const update = useUpdateLiveSession(edit.base, edit.baseValues);
  return (
    <LiveSessionForm
      key={edit.formKey}
      initialValues={edit.startValues}
      savedValues={edit.baseValues}
      submitLabel="Save changes"
      cancelTo={props.cancelTo}
      onSubmit={update}
      onConflict={edit.onConflict}
      renderConflict={(values) => <ConflictResolution edit={edit} values={values} what="session" />}
      moderatorOptions={moderators.options}
      moderatorsLoading={moderators.loading}
    />
  );
}
