import { ContentForm } from '@/modules/content/components/ContentForm';
import { PostingPolicyAcknowledgement } from '@/modules/content/components/PostingPolicyAcknowledgement';
import { useCreateContent } from '@/modules/content/hooks/useSaveContent';
import { EMPTY_CONTENT_FORM } from '@/modules/content/utils/contentFormValues';
import { CONTENT_LIST_PATH } from '@/modules/content/utils/contentPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/content/styles/content.css';

export function ContentCreatePage() {
  const { canWriteContent } = usePermissions();
  return (
    <RequirePermission allowed={canWriteContent} what="write content">
      <CreateContent />
    </RequirePermission>
  );
}

function CreateContent() {
  const createContent = useCreateContent();
  return (
    <>
      <BackLink to={CONTENT_LIST_PATH}>All content</BackLink>
      <PageHeading title="New content" />
      <PostingPolicyAcknowledgement>
        <ContentForm
          initialValues={EMPTY_CONTENT_FORM}
          submitLabel="Save draft"
          cancelTo={CONTENT_LIST_PATH}
          onSubmit={createContent}
        />
      </PostingPolicyAcknowledgement>
    </>
  );
}
