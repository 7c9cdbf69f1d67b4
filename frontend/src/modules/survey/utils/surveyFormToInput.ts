import type {
  CreateSurveyInput,
  SurveyDetailFragment,
  SurveyQuestionInput,
  SurveyQuestionType,
  UpdateSurveyInput,
} from '@/generated/graphql';
import { isChoiceQuestion } from './surveyLabels';
import { sameSurveyValues, type QuestionRow, type SurveyFormValues } from './surveyFormValues';

const optional = (text: string) => text.trim() || undefined;

function questionInput(row: QuestionRow, quiz: boolean): SurveyQuestionInput {
  // A type is chosen by then: validateSurveyForm refuses a question without one.
  const type = row.type as SurveyQuestionType;
  const input: SurveyQuestionInput = { type, prompt: row.prompt.trim(), required: row.required };
  if (isChoiceQuestion(type)) {
    input.options = row.options.map((option) => option.label.trim());
    if (quiz) input.correctOptions = row.options.flatMap((option, position) => (option.correct ? [position] : []));
  }
  if (quiz && row.explanation.trim()) input.explanation = row.explanation.trim();
  return input;
}

export const buildQuestionInputs = (values: SurveyFormValues): SurveyQuestionInput[] =>
  values.questions.map((row) => questionInput(row, values.kind === 'QUIZ'));

export const buildCreateSurveyInput = (values: SurveyFormValues): CreateSurveyInput => ({
  kind: values.kind,
  title: values.title.trim(),
  description: optional(values.description),
  thankYouMessage: optional(values.thankYouMessage),
  asksDisplayName: values.asksDisplayName,
  questions: buildQuestionInputs(values),
});

/**
 * Only what changed since the survey was read, on its version. A text emptied is sent as "" (the
 * API leaves out what is left out). Questions and the display-name setting go only while the
 * survey is a draft: the API refuses question changes after it opened.
 */
export function buildUpdateSurveyInput(
  initial: SurveyFormValues,
  values: SurveyFormValues,
  survey: Pick<SurveyDetailFragment, 'id' | 'version' | 'status'>,
): UpdateSurveyInput {
  const input: UpdateSurveyInput = { id: survey.id, expectedVersion: survey.version };
  if (values.title.trim() !== initial.title.trim()) input.title = values.title.trim();
  if (values.description.trim() !== initial.description.trim()) input.description = values.description.trim();
  if (values.thankYouMessage.trim() !== initial.thankYouMessage.trim())
    input.thankYouMessage = values.thankYouMessage.trim();
  if (survey.status !== 'DRAFT') return input;
  if (values.asksDisplayName !== initial.asksDisplayName) input.asksDisplayName = values.asksDisplayName;
  const questionsOnly = (v: SurveyFormValues): SurveyFormValues => ({ ...initial, questions: v.questions });
  if (!sameSurveyValues(questionsOnly(values), questionsOnly(initial))) input.questions = buildQuestionInputs(values);
  return input;
}
