import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ContentDocument } from '@/generated/graphql';
import { useNewestVersion } from '@/modules/api/hooks/useNewestVersion';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ContentDetails } from '@/modules/content/components/ContentDetails';
import { CorrectionNotice } from '@/modules/content/components/CorrectionNotice';
import { ReviewDecisionForm } from '@/modules/content/components/ReviewDecisionForm';
import { useContentAction } from '@/modules/content/hooks/useContentAction';
import { describeActionError, errorsBySection } from '@/modules/content/utils/actionErrors';
import { awaitedReview, mayReview, reviewKindsFor } from '@/modules/content/utils/contentAccess';
import { REVIEW_KIND_LABELS } from '@/modules/content/utils/contentLabels';
import { contentPath, REVIEW_QUEUE_PATH } from '@/modules/content/utils/contentPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { Alert } from '@/ui/feedback/Alert';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/content/styles/content.css';

export function ContentReviewPage() {
  const { roles } = useViewer();
  return (
    <RequirePermission allowed={reviewKindsFor(roles).length > 0} what="review content">
      <ContentReview />
    </RequirePermission>
  );
}

function ContentReview() {
  const { id = '' } = useParams();
  const { roles } = useViewer();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ContentDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [content, showChanged] = useNewestVersion(data?.content);
  const action = useContentAction(showChanged, reload);

  if (!data) {
    return (
      <>
        <BackLink to={REVIEW_QUEUE_PATH}>Review queue</BackLink>
        <PageHeading title="Review" />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading content…" />
        )}
      </>
    );
  }
  if (!content)
    return (
      <NotFoundMessage title="Content not found" backTo={REVIEW_QUEUE_PATH} backLabel="Back to the review queue" />
    );

  const kind = awaitedReview(content.status);
  const decided = action.outcome?.kind === 'done';
  const refused = action.outcome?.kind === 'refused' ? action.outcome.errors : [];
  return (
    <>
      <BackLink to={kind ? `${REVIEW_QUEUE_PATH}?kind=${kind}` : REVIEW_QUEUE_PATH}>Review queue</BackLink>
      <PageHeading
        title={`Review: ${content.title}`}
        description={<Link to={contentPath(content.id)}>Open the item’s page</Link>}
      />
      <CorrectionNotice content={content} />
      {mayReview(content.status, roles) || decided ? (
        <ReviewDecisionForm content={content} action={action} onReload={reload} />
      ) : (
        <Alert tone="info" live={false}>
          {kind
            ? `This item waits for ${REVIEW_KIND_LABELS[kind].toLowerCase()}, which your role does not decide.`
            : 'This item is not waiting for a review.'}
        </Alert>
      )}
      <ContentDetails
        content={content}
        forReview
        onChanged={showChanged}
        errors={errorsBySection(refused.map((e) => describeActionError(e, content)))}
      />
    </>
  );
}
