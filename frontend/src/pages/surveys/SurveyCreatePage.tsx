import { useState } from 'react';
import { SurveyForm } from '@/modules/survey/components/builder/SurveyForm';
import { useCreateSurvey } from '@/modules/survey/hooks/useSaveSurvey';
import { emptySurveyForm } from '@/modules/survey/utils/surveyFormValues';
import { SURVEYS_PATH } from '@/modules/survey/utils/surveyPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';

export function SurveyCreatePage() {
  const { canWriteSurveys } = usePermissions();
  return (
    <RequirePermission allowed={canWriteSurveys} what="write surveys">
      <CreateSurvey />
    </RequirePermission>
  );
}

function CreateSurvey() {
  const create = useCreateSurvey();
  // One empty question to start from; made once, so its row keys stay put.
  const [initial] = useState(() => emptySurveyForm());
  return (
    <>
      <BackLink to={SURVEYS_PATH}>Surveys</BackLink>
      <PageHeading
        title="New survey"
        description="Saved as a draft: nobody can answer it until you open it, and its questions can change until then."
      />
      <SurveyForm
        initialValues={initial}
        submitLabel="Save draft"
        cancelTo={SURVEYS_PATH}
        onSubmit={create}
        kindEditable
      />
    </>
  );
}
