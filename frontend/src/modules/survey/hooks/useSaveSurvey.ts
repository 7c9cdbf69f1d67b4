import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { CreateSurveyDocument, UpdateSurveyDocument, type SurveyDetailFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildCreateSurveyInput, buildUpdateSurveyInput } from '../utils/surveyFormToInput';
import type { SurveyFormValues } from '../utils/surveyFormValues';
import { surveyPath } from '../utils/surveyPaths';
import { routeSurveyUserErrors } from '../utils/routeSurveyUserErrors';

/** Creates the draft and opens its page; userErrors go back to the form, each under its field. */
export function useCreateSurvey(): (values: SurveyFormValues) => Promise<SubmitOutcome> {
  const [, createSurvey] = useMutation(CreateSurveyDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const result = await createSurvey({ input: buildCreateSurveyInput(values) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.createSurvey;
      if (!payload) return { error: 'The survey was not saved.' };
      if (payload.survey && payload.userErrors.length === 0) navigate(surveyPath(payload.survey.id));
      return { userErrors: routeSurveyUserErrors(payload.userErrors) };
    },
    [createSurvey, navigate],
  );
}

/** Saves what changed since `initial` was read, on the survey's version, and opens its page. */
export function useUpdateSurvey(
  survey: Pick<SurveyDetailFragment, 'id' | 'version' | 'status'>,
  initial: SurveyFormValues,
): (values: SurveyFormValues) => Promise<SubmitOutcome> {
  const [, updateSurvey] = useMutation(UpdateSurveyDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const result = await updateSurvey({ input: buildUpdateSurveyInput(initial, values, survey) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.updateSurvey;
      if (!payload) return { error: 'The survey was not saved.' };
      if (payload.survey && payload.userErrors.length === 0) navigate(surveyPath(payload.survey.id));
      return { userErrors: routeSurveyUserErrors(payload.userErrors) };
    },
    [initial, navigate, survey, updateSurvey],
  );
}
