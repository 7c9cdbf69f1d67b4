import { useCallback } from 'react';
import { useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { SurveyForEditDocument, type SurveyDetailFragment } from '@/generated/graphql';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { SurveyForm } from '@/modules/survey/components/builder/SurveyForm';
import { useUpdateSurvey } from '@/modules/survey/hooks/useSaveSurvey';
import { SURVEY_CONFLICT_FIELDS } from '@/modules/survey/utils/surveyConflictFields';
import { surveyToFormValues } from '@/modules/survey/utils/surveyFormValues';
import { SURVEYS_PATH, surveyPath } from '@/modules/survey/utils/surveyPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { NotFoundMessage } from '@/ui/layout/NotFoundMessage';
import { PageHeading } from '@/ui/layout/PageHeading';

export function SurveyEditPage() {
  const { canWriteSurveys } = usePermissions();
  return (
    <RequirePermission allowed={canWriteSurveys} what="edit surveys">
      <EditSurvey />
    </RequirePermission>
  );
}

function EditSurvey() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: SurveyForEditDocument, variables: { id } });
  if (!data) {
    return (
      <>
        <BackLink to={SURVEYS_PATH}>Surveys</BackLink>
        <PageHeading title="Edit survey" />
        {error && !fetching ? (
          <ErrorState
            message={describeGraphqlError(error)}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <LoadingState label="Loading the survey…" />
        )}
      </>
    );
  }
  const survey = data.survey;
  if (!survey) return <NotFoundMessage title="Survey not found" backTo={SURVEYS_PATH} backLabel="Back to surveys" />;
  return (
    <>
      <BackLink to={surveyPath(survey.id)}>{survey.title}</BackLink>
      <PageHeading title={`Edit ${survey.title}`} />
      {/* The form keeps its own base version: a refetch of the page's query must not reset it. */}
      <EditSurveyForm key={survey.id} survey={survey} />
    </>
  );
}

function EditSurveyForm({ survey }: { survey: SurveyDetailFragment }) {
  const client = useClient();
  const reread = useCallback(
    () =>
      client
        .query(SurveyForEditDocument, { id: survey.id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => result.data?.survey ?? null),
    [client, survey.id],
  );
  const edit = useEditConflict({
    original: survey,
    toValues: surveyToFormValues,
    fields: SURVEY_CONFLICT_FIELDS,
    reread,
  });
  const update = useUpdateSurvey(edit.base, edit.baseValues);
  // The survey as last read decides: one opened by a colleague meanwhile keeps its questions.
  const locked = edit.base.status !== 'DRAFT' ? edit.base.questions : undefined;
  return (
    <SurveyForm
      key={edit.formKey}
      initialValues={edit.startValues}
      savedValues={edit.baseValues}
      submitLabel="Save changes"
      cancelTo={surveyPath(survey.id)}
      onSubmit={update}
      onConflict={edit.onConflict}
      lockedQuestions={locked}
      renderConflict={(values) => <ConflictResolution edit={edit} values={values} what="survey" />}
    />
  );
}
