import { HipaaSafeExplanation } from '@/modules/feedback/components/HipaaSafeExplanation';
import { SavedReplyForm } from '@/modules/feedback/components/SavedReplyForm';
import { useCreateSavedReply } from '@/modules/feedback/hooks/useSaveSavedReply';
import { SAVED_REPLIES_PATH } from '@/modules/feedback/utils/feedbackPaths';
import { EMPTY_SAVED_REPLY_FORM } from '@/modules/feedback/utils/savedReplyForm';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';

export function SavedReplyCreatePage() {
  const { canWriteSavedReplies } = usePermissions();
  return (
    <RequirePermission allowed={canWriteSavedReplies} what="write saved replies">
      <CreateSavedReply />
    </RequirePermission>
  );
}

function CreateSavedReply() {
  const create = useCreateSavedReply();
  return (
    <>
      <BackLink to={SAVED_REPLIES_PATH}>Saved replies</BackLink>
      <PageHeading title="New saved reply" />
      <HipaaSafeExplanation />
      <SavedReplyForm initialValues={EMPTY_SAVED_REPLY_FORM} submitLabel="Save reply" onSubmit={create} />
    </>
  );
}
