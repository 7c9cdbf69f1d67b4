import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { SurveyWithResultsDocument, type SurveyDetailFragment } from '@/generated/graphql';
import { useNewestVersion } from '@/modules/api/hooks/useNewestVersion';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { QuestionList } from '@/modules/survey/components/builder/ReadOnlyQuestions';
import { SurveyResultsView } from '@/modules/survey/components/results/SurveyResultsView';
import { SurveyShare } from '@/modules/survey/components/SurveyShare';
import { SurveyStatusActions } from '@/modules/survey/components/SurveyStatusActions';
import { SurveyStatusBadge } from '@/modules/survey/components/SurveyStatusBadge';
import { useResultsRefresh } from '@/modules/survey/hooks/useResultsRefresh';
import { canReadSurveyTextAnswers } from '@/modules/survey/utils/surveyAccess';
import { KIND_LABELS } from '@/modules/survey/utils/surveyLabels';
import { surveyEditPath, SURVEYS_PATH } from '@/modules/survey/utils/surveyPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';
import { formatDateTime } from '@/ui/utils/format';
import '@/modules/survey/styles/survey.css';

/**
 * Free-text answers shown per question at first, and added by "Show more"; 100 is the API's page
 * limit. `textAnswers(after:)` cannot page one question apart from the others (the same cursor
 * would go to every question of `results`), so the page asks for more rows instead of a next page.
 */
const TEXT_ANSWERS_STEP = 20;
const TEXT_ANSWERS_MAX = 100;

export function SurveyDetailPage() {
  const { canReadSurveys } = usePermissions();
  return (
    <RequirePermission allowed={canReadSurveys} what="see surveys">
      <SurveyDetail />
    </RequirePermission>
  );
}

function SurveyDetail() {
  const { id = '' } = useParams();
  const { roles } = useViewer();
  const { canWriteSurveys, canReleaseSurveyAnswers } = usePermissions();
  const [textAnswers, setTextAnswers] = useState(TEXT_ANSWERS_STEP);
  const withText = canReadSurveyTextAnswers(roles);
  const [{ data, error, fetching, stale }, reexecute] = useQuery({
    query: SurveyWithResultsDocument,
    variables: { id, textAnswers, withText },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [survey, showChanged] = useNewestVersion<SurveyDetailFragment>(data?.survey);
  // The results as last read: a status change answers the survey without them.
  const results = data?.survey?.results;
  useResultsRefresh(reload, { live: survey?.status === 'OPEN' });

  if (!data) {
    return (
      <>
        <BackLink to={SURVEYS_PATH}>Surveys</BackLink>
        <PageHeading title="Survey" />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading the survey…" />
        )}
      </>
    );
  }
  if (!survey) return <NotFoundMessage title="Survey not found" backTo={SURVEYS_PATH} backLabel="Back to surveys" />;

  const opened = survey.openedAt ? `, opened ${formatDateTime(survey.openedAt)}` : '';
  const closed = survey.status === 'CLOSED' && survey.closedAt ? `, closed ${formatDateTime(survey.closedAt)}` : '';
  return (
    <>
      <BackLink to={SURVEYS_PATH}>Surveys</BackLink>
      <PageHeading
        title={survey.title}
        description={
          <>
            {KIND_LABELS[survey.kind]} · <SurveyStatusBadge status={survey.status} />
            {opened}
            {closed}
          </>
        }
        actions={
          canWriteSurveys && (
            <Link to={surveyEditPath(survey.id)} className="button">
              {survey.status === 'DRAFT' ? 'Edit draft' : 'Edit texts'}
            </Link>
          )
        }
      />
      {survey.description && <p className="survey-description">{survey.description}</p>}
      <div className="survey-layout">
        <div>
          {survey.status === 'DRAFT' ? (
            <section aria-labelledby="survey-questions-title">
              <h2 id="survey-questions-title">Questions</h2>
              <QuestionList kind={survey.kind} questions={survey.questions} />
            </section>
          ) : (
            results && (
              <>
                {survey.status === 'OPEN' && (
                  <p className="muted" role="status">
                    Read again every 10 seconds while the survey is open{fetching || stale ? ' (updating…)' : ''}.
                  </p>
                )}
                <SurveyResultsView
                  results={results}
                  kind={survey.kind}
                  onShowMoreText={
                    textAnswers < TEXT_ANSWERS_MAX
                      ? () => setTextAnswers((n) => Math.min(TEXT_ANSWERS_MAX, n + TEXT_ANSWERS_STEP))
                      : undefined
                  }
                  canRelease={canReleaseSurveyAnswers}
                  onReleased={reload}
                />
              </>
            )
          )}
        </div>
        <div>
          {canWriteSurveys && (
            <SurveyStatusActions
              survey={survey}
              onChanged={showChanged}
              onReload={reload}
              refreshing={fetching || stale}
            />
          )}
          <SurveyShare code={survey.code} status={survey.status} />
        </div>
      </div>
    </>
  );
}
