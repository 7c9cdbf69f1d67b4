import { useCallback } from 'react';
import { useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { SavedReplyDocument, type SavedReplyFieldsFragment, type SavedReplyQuery } from '@/generated/graphql';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { HipaaSafeExplanation } from '@/modules/feedback/components/HipaaSafeExplanation';
import { SavedReplyForm } from '@/modules/feedback/components/SavedReplyForm';
import { useUpdateSavedReply } from '@/modules/feedback/hooks/useSaveSavedReply';
import { SAVED_REPLIES_PATH } from '@/modules/feedback/utils/feedbackPaths';
import { SAVED_REPLY_CONFLICT_FIELDS, savedReplyToFormValues } from '@/modules/feedback/utils/savedReplyForm';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';

/** The node is a saved reply when it has one's fields; any other node (or none) is not found here. */
const asSavedReply = (node: SavedReplyQuery['node']): SavedReplyFieldsFragment | null =>
  node?.__typename === 'SavedReply' ? node : null;

export function SavedReplyEditPage() {
  const { canWriteSavedReplies } = usePermissions();
  return (
    <RequirePermission allowed={canWriteSavedReplies} what="edit saved replies">
      <EditSavedReply />
    </RequirePermission>
  );
}

function EditSavedReply() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: SavedReplyDocument, variables: { id } });
  if (!data) {
    return (
      <>
        <BackLink to={SAVED_REPLIES_PATH}>Saved replies</BackLink>
        <PageHeading title="Edit saved reply" />
        {error && !fetching ? (
          <ErrorState
            message={describeGraphqlError(error)}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <LoadingState label="Loading the saved reply…" />
        )}
      </>
    );
  }
  const reply = asSavedReply(data.node);
  if (!reply)
    return (
      <NotFoundMessage title="Saved reply not found" backTo={SAVED_REPLIES_PATH} backLabel="Back to saved replies" />
    );
  return (
    <>
      <BackLink to={SAVED_REPLIES_PATH}>Saved replies</BackLink>
      <PageHeading title={`Edit “${reply.title}”`} />
      <HipaaSafeExplanation />
      {/* The form keeps its own base version: a refetch of the page's query must not reset it. */}
      <EditSavedReplyForm key={reply.id} reply={reply} />
    </>
  );
}

function EditSavedReplyForm({ reply }: { reply: SavedReplyFieldsFragment }) {
  const client = useClient();
  const reread = useCallback(
    () =>
      client
        .query(SavedReplyDocument, { id: reply.id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => asSavedReply(result.data?.node ?? null)),
    [client, reply.id],
  );
  const edit = useEditConflict({
    original: reply,
    toValues: savedReplyToFormValues,
    fields: SAVED_REPLY_CONFLICT_FIELDS,
    reread,
  });
  const update = useUpdateSavedReply(edit.base, edit.baseValues);
  return (
    <SavedReplyForm
      key={edit.formKey}
      initialValues={edit.startValues}
      savedValues={edit.baseValues}
      submitLabel="Save changes"
      onSubmit={update}
      onConflict={edit.onConflict}
      renderConflict={(values) => <ConflictResolution edit={edit} values={values} what="saved reply" />}
    />
  );
}
