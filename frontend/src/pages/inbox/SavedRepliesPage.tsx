import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { SavedRepliesDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { HipaaSafeExplanation } from '@/modules/feedback/components/HipaaSafeExplanation';
import { savedReplyColumns } from '@/modules/feedback/components/savedReplyColumns';
import type { SavedReplyListState } from '@/modules/feedback/hooks/useSaveSavedReply';
import { INBOX_PATH, NEW_SAVED_REPLY_PATH } from '@/modules/feedback/utils/feedbackPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { DataTable } from '@/ui/data-display/DataTable';
import { Alert } from '@/ui/feedback/Alert';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/feedback/styles/feedback.css';

export function SavedRepliesPage() {
  const { canReadSavedReplies } = usePermissions();
  return (
    <RequirePermission allowed={canReadSavedReplies} what="see the saved replies">
      <SavedReplies />
    </RequirePermission>
  );
}

function SavedReplies() {
  const { canWriteSavedReplies } = usePermissions();
  const { state } = useLocation() as { state: SavedReplyListState | null };
  const [{ data, error, fetching }, reexecute] = useQuery({ query: SavedRepliesDocument });
  const replies = data?.savedReplies;
  return (
    <>
      <BackLink to={INBOX_PATH}>Inbox</BackLink>
      <PageHeading
        title="Saved replies"
        description="Answers your organisation keeps for reuse in the inbox."
        actions={
          canWriteSavedReplies && (
            <Link to={NEW_SAVED_REPLY_PATH} className="button button--primary">
              New saved reply
            </Link>
          )
        }
      />
      {state?.saved && <Alert tone="success">Saved “{state.saved}”.</Alert>}
      <HipaaSafeExplanation />
      {replies ? (
        replies.length === 0 ? (
          <p className="empty">No saved replies yet.</p>
        ) : (
          <DataTable caption="Saved replies" columns={savedReplyColumns(canWriteSavedReplies)} rows={replies} />
        )
      ) : error && !fetching ? (
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : (
        <LoadingState label="Loading saved replies…" />
      )}
    </>
  );
}
