import { isChoiceQuestion } from './surveyLabels';
import {
  questionField,
  SURVEY_LIMITS as LIMITS,
  type QuestionRow,
  type SurveyFormField,
  type SurveyFormValues,
} from './surveyFormValues';

type Errors = Partial<Record<SurveyFormField, string>>;

const tooLong = (what: string, max: number) => `Keep the ${what} to ${max.toLocaleString('en-US')} characters or fewer`;

/** The options' problems in one message, each option named by its number, as the server names them. */
function optionsError(question: QuestionRow, quiz: boolean): string | undefined {
  const labels = question.options.map((option) => option.label.trim());
  if (labels.length < LIMITS.minOptions) return `Give at least ${LIMITS.minOptions} options`;
  if (labels.length > LIMITS.maxOptions) return `Keep to ${LIMITS.maxOptions} options or fewer`;
  const problems: string[] = [];
  labels.forEach((label, index) => {
    const option = `Option ${index + 1}`;
    if (!label) problems.push(`${option}: Enter the option's text`);
    else if (label.length > LIMITS.option) problems.push(`${option}: ${tooLong('option', LIMITS.option)}`);
    else if (labels.indexOf(label) < index) problems.push(`${option}: Each option must be different`);
  });
  if (quiz) {
    const correct = question.options.filter((option) => option.correct).length;
    if (question.type === 'SINGLE_CHOICE' && correct !== 1) problems.push('Mark the one right answer');
    if (question.type === 'MULTIPLE_CHOICE' && correct === 0) problems.push('Mark at least one right answer');
  }
  return problems.length > 0 ? problems.join('. ') : undefined;
}

function validateQuestion(question: QuestionRow, index: number, quiz: boolean, errors: Errors) {
  const prompt = question.prompt.trim();
  if (!question.type) errors[questionField(index, 'type')] = "Choose the question's type";
  if (!prompt) errors[questionField(index, 'prompt')] = 'Enter the question';
  else if (prompt.length > LIMITS.prompt) errors[questionField(index, 'prompt')] = tooLong('question', LIMITS.prompt);
  if (isChoiceQuestion(question.type)) {
    const options = optionsError(question, quiz);
    if (options) errors[questionField(index, 'options')] = options;
  }
  if (quiz && question.explanation.trim().length > LIMITS.explanation)
    errors[questionField(index, 'explanation')] = tooLong('explanation', LIMITS.explanation);
}

/**
 * The server's rules for a survey, checked before sending, in the words the server uses. A
 * survey that is no longer a draft keeps its questions (`questionsLocked`): they are not checked.
 */
export function validateSurveyForm(values: SurveyFormValues, questionsLocked = false): Errors {
  const errors: Errors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title';
  else if (title.length > LIMITS.title) errors.title = tooLong('title', LIMITS.title);
  if (values.description.trim().length > LIMITS.description)
    errors.description = tooLong('description', LIMITS.description);
  if (values.thankYouMessage.trim().length > LIMITS.thankYouMessage)
    errors.thankYouMessage = tooLong('thank-you message', LIMITS.thankYouMessage);
  if (questionsLocked) return errors;
  if (values.questions.length === 0) errors.questions = 'Add at least one question';
  else if (values.questions.length > LIMITS.questions)
    errors.questions = `Keep to ${LIMITS.questions} questions or fewer`;
  const quiz = values.kind === 'QUIZ';
  values.questions.forEach((question, index) => validateQuestion(question, index, quiz, errors));
  return errors;
}
