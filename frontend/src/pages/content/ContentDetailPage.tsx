import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConfirmTakedownDocument, ContentDocument, type Channel } from '@/generated/graphql';
import { useNewestVersion } from '@/modules/api/hooks/useNewestVersion';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ContentActions } from '@/modules/content/components/ContentActions';
import { ContentDetails } from '@/modules/content/components/ContentDetails';
import { CorrectionNotice } from '@/modules/content/components/CorrectionNotice';
import { CorrectionsOfItem } from '@/modules/content/components/CorrectionsOfItem';
import { useContentAction } from '@/modules/content/hooks/useContentAction';
import { describeActionError, errorsBySection } from '@/modules/content/utils/actionErrors';
import { contentActionsFor, mayConfirmTakedown, mayReview } from '@/modules/content/utils/contentAccess';
import { CONTENT_LIST_PATH, contentEditPath, contentReviewPath } from '@/modules/content/utils/contentPaths';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/content/styles/content.css';

export function ContentDetailPage() {
  const { canReadContent } = usePermissions();
  const { id = '' } = useParams();
  return (
    <RequirePermission allowed={canReadContent} what="see content">
      {/* Another item (a correction just started) is a new page: no outcome or answer of this one carries over. */}
      <ContentDetail key={id} id={id} />
    </RequirePermission>
  );
}

function ContentDetail({ id }: { id: string }) {
  const { roles } = useViewer();
  const [{ data, error, fetching, stale }, reexecute] = useQuery({ query: ContentDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [content, showChanged] = useNewestVersion(data?.content);
  const action = useContentAction(showChanged, reload);
  const [, confirmTakedown] = useMutation(ConfirmTakedownDocument);

  if (!data) {
    return (
      <>
        <BackLink to={CONTENT_LIST_PATH}>All content</BackLink>
        <PageHeading title="Content" />
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

  const editable = contentActionsFor(content, roles).includes('edit');
  const reviewable = mayReview(content.status, roles);
  const refused = action.outcome?.kind === 'refused' ? action.outcome.errors : [];
  const onConfirmTakedown = (channel: Channel) =>
    void action.run(
      () =>
        confirmTakedown({ input: { contentId: content.id, channel } }).then((r) => ({
          payload: r.data?.confirmTakedown,
          error: r.error,
        })),
      () => `Confirmed: the post is gone from ${CHANNEL_LABELS[channel]}.`,
    );

  return (
    <>
      <BackLink to={CONTENT_LIST_PATH}>All content</BackLink>
      <PageHeading
        title={content.title}
        actions={
          (editable || reviewable) && (
            <>
              {reviewable && (
                <Link to={contentReviewPath(content.id)} className="button button--primary">
                  Review
                </Link>
              )}
              {editable && (
                <Link to={contentEditPath(content.id)} className="button">
                  Edit
                </Link>
              )}
            </>
          )
        }
      />
      <CorrectionNotice content={content} />
      <CorrectionsOfItem content={content} />
      <ContentActions content={content} action={action} onReload={reload} refreshing={fetching || stale} />
      <ContentDetails
        content={content}
        onChanged={showChanged}
        errors={errorsBySection(refused.map((e) => describeActionError(e, content)))}
        onConfirmTakedown={mayConfirmTakedown(roles) ? onConfirmTakedown : undefined}
        busy={action.busy}
      />
    </>
  );
}
