import type {
  PublicSurveyFieldsFragment,
  RespondToSurveyInput,
  SurveyAnswerInput,
  UserErrorFieldsFragment,
} from '@/generated/graphql';

/** The server's limits for a response (schema/survey.graphqls). */
export const TEXT_ANSWER_MAX = 2000;
export const DISPLAY_NAME_MAX = 60;

export type PublicQuestion = PublicSurveyFieldsFragment['questions'][number];

/** One question's answer as the form holds it: chosen option IDs, a value, or text. */
export interface AnswerValue {
  optionIds: string[];
  value: number | null;
  text: string;
}

export interface ResponseValues {
  displayName: string;
  answers: Record<string, AnswerValue>;
}

/** Errors by question ID, and `displayName`. */
export type ResponseErrors = Record<string, string>;

export const emptyAnswer = (): AnswerValue => ({ optionIds: [], value: null, text: '' });

export const emptyResponse = (survey: PublicSurveyFieldsFragment): ResponseValues => ({
  displayName: '',
  answers: Object.fromEntries(survey.questions.map((question) => [question.id, emptyAnswer()])),
});

const isAnswered = (question: PublicQuestion, answer: AnswerValue | undefined) => {
  if (!answer) return false;
  if (question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE') return answer.optionIds.length > 0;
  if (question.type === 'RATING' || question.type === 'NPS') return answer.value !== null;
  return answer.text.trim().length > 0;
};

/** What a required question asks for when it is left out, in the server's style. */
function requiredMessage(question: PublicQuestion): string {
  switch (question.type) {
    case 'SINGLE_CHOICE':
      return 'Choose an answer';
    case 'MULTIPLE_CHOICE':
      return 'Choose at least one answer';
    case 'RATING':
      return 'Choose a number of stars';
    case 'NPS':
      return 'Choose a score from 0 to 10';
    default:
      return 'Write an answer';
  }
}

export function validateResponse(survey: PublicSurveyFieldsFragment, values: ResponseValues): ResponseErrors {
  const errors: ResponseErrors = {};
  if (values.displayName.trim().length > DISPLAY_NAME_MAX)
    errors.displayName = `Keep your name to ${DISPLAY_NAME_MAX} characters or fewer`;
  for (const question of survey.questions) {
    const answer = values.answers[question.id];
    if (question.required && !isAnswered(question, answer)) errors[question.id] = requiredMessage(question);
    else if (question.type === 'FREE_TEXT' && (answer?.text.trim().length ?? 0) > TEXT_ANSWER_MAX)
      errors[question.id] = `Keep your answer to ${TEXT_ANSWER_MAX.toLocaleString('en-US')} characters or fewer`;
  }
  return errors;
}

/** The answers given, in the survey's order; questions left out are not sent. */
export function buildAnswers(survey: PublicSurveyFieldsFragment, values: ResponseValues): SurveyAnswerInput[] {
  return survey.questions.flatMap((question): SurveyAnswerInput[] => {
    const answer = values.answers[question.id];
    if (!isAnswered(question, answer) || !answer) return [];
    if (question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE')
      return [{ questionId: question.id, optionIds: answer.optionIds }];
    if (question.type === 'RATING' || question.type === 'NPS')
      return [{ questionId: question.id, value: answer.value }];
    return [{ questionId: question.id, text: answer.text.trim() }];
  });
}

export function buildRespondInput(
  survey: PublicSurveyFieldsFragment,
  values: ResponseValues,
  respondentToken: string,
): RespondToSurveyInput {
  const input: RespondToSurveyInput = { code: survey.code, respondentToken, answers: buildAnswers(survey, values) };
  const name = values.displayName.trim();
  if (survey.asksDisplayName && name) input.displayName = name;
  return input;
}

/**
 * The server's errors by question: it names an answer by its place in the input (["input",
 * "answers", "1", "value"]), which `sent` (the answers as sent) turns back into its question.
 * Errors of no question (the name aside) are the form's.
 */
export function routeResponseErrors(
  userErrors: readonly UserErrorFieldsFragment[],
  sent: readonly SurveyAnswerInput[],
): { errors: ResponseErrors; form: string[] } {
  const errors: ResponseErrors = {};
  const form: string[] = [];
  for (const error of userErrors) {
    const path = error.field ?? [];
    const at = path.indexOf('answers');
    const index = path[at + 1];
    const questionId =
      at >= 0 && index !== undefined && /^\d+$/.test(index) ? sent[Number(index)]?.questionId : undefined;
    const key = questionId ?? (path.includes('displayName') ? 'displayName' : undefined);
    if (key) errors[key] = errors[key] ? `${errors[key]} ${error.message}` : error.message;
    else form.push(error.message);
  }
  return { errors, form };
}
