import { useCallback, useMemo } from 'react';
import { useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { ContentDocument, type ContentDetailFragment } from '@/generated/graphql';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ContentForm } from '@/modules/content/components/ContentForm';
import { useContentFormOptions } from '@/modules/content/hooks/useContentFormOptions';
import { useUpdateContent } from '@/modules/content/hooks/useSaveContent';
import { contentConflictFields } from '@/modules/content/utils/contentConflictFields';
import { contentToFormValues } from '@/modules/content/utils/contentFormValues';
import { CONTENT_LIST_PATH, contentPath } from '@/modules/content/utils/contentPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { Alert } from '@/ui/feedback/Alert';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/content/styles/content.css';

export function ContentEditPage() {
  const { canWriteContent } = usePermissions();
  return (
    <RequirePermission allowed={canWriteContent} what="edit content">
      <EditContent />
    </RequirePermission>
  );
}

function EditContent() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ContentDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const content = data?.content;

  if (!data) {
    return (
      <>
        <PageHeading title="Edit content" />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading content…" />
        )}
      </>
    );
  }
  if (!content)
    return <NotFoundMessage title="Content not found" backTo={CONTENT_LIST_PATH} backLabel="Back to all content" />;
  const detailPath = contentPath(content.id);
  const editable = content.status === 'DRAFT' || content.allowedTransitions.includes('DRAFT');
  return (
    <>
      <BackLink to={detailPath}>{content.title}</BackLink>
      <PageHeading title={`Edit ${content.title}`} />
      {!editable ? (
        <Alert tone="info">
          {content.status === 'PUBLISHED'
            ? 'A published item is not edited in place.'
            : 'This item can no longer be edited.'}
        </Alert>
      ) : (
        <>
          {content.status !== 'DRAFT' && (
            <Alert tone="warning" live={false}>
              Saving a change returns this item to Draft: it must be reviewed again before it is published.
            </Alert>
          )}
          {/* The form keeps its own base version: a refetch of the page's query must not reset it. */}
          <EditContentForm key={content.id} content={content} cancelTo={detailPath} />
        </>
      )}
    </>
  );
}

function EditContentForm({ content, cancelTo }: { content: ContentDetailFragment; cancelTo: string }) {
  const client = useClient();
  const options = useContentFormOptions();
  const reread = useCallback(
    () =>
      client
        .query(ContentDocument, { id: content.id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => result.data?.content),
    [content.id, client],
  );
  const fields = useMemo(() => {
    const names = new Map<string, string>([
      ...options.campaigns.map((o): [string, string] => [o.value, o.label]),
      ...options.segments.map((o): [string, string] => [o.value, o.label]),
      ...content.consents.map((c): [string, string] => [c.id, c.label]),
    ]);
    return contentConflictFields((id) => names.get(id) ?? id);
  }, [content.consents, options.campaigns, options.segments]);
  const edit = useEditConflict({ original: content, toValues: contentToFormValues, fields, reread });
  const updateContent = useUpdateContent(edit.base, edit.baseValues);
  return (
    <ContentForm
      key={edit.formKey}
      initialValues={edit.startValues}
      savedValues={edit.baseValues}
      submitLabel="Save changes"
      cancelTo={cancelTo}
      onSubmit={updateContent}
      onConflict={edit.onConflict}
      linkedConsents={edit.base.consents}
      savedGrade={edit.base.readingGrade}
      renderConflict={(values) => <ConflictResolution edit={edit} values={values} what="content item" />}
    />
  );
}
