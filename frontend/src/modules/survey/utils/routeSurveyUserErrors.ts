import type { UserErrorFieldsFragment } from '@/generated/graphql';
import { QUESTION_PARTS, type QuestionPart } from './surveyFormValues';

const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);
const isPart = (segment: string | undefined): segment is QuestionPart =>
  (QUESTION_PARTS as readonly (string | undefined)[]).includes(segment);

/**
 * The server names a question's field by its place in the input: ["input", "questions", "2",
 * "options", "1"]. The builder's field for it is `questions.2.options`, shown under that
 * question's options, and the option's number goes in the message ("Option 2: …"). The right
 * answers (`correctOptions`) are marked on the options, so their errors are shown there too; a
 * question named as a whole (["input", "questions", "2"]) lands on that question. Other paths are
 * left for mapUserErrors.
 */
export function routeSurveyUserErrors(userErrors: readonly UserErrorFieldsFragment[]): UserErrorFieldsFragment[] {
  return userErrors.map((error) => {
    const path = error.field ?? [];
    const at = path.indexOf('questions');
    const index = path[at + 1];
    if (at < 0 || !isIndex(index)) return error;
    const named = path[at + 2] === 'correctOptions' ? 'options' : path[at + 2];
    if (!isPart(named)) return { ...error, field: ['input', `questions.${index}`] };
    const option = named === 'options' && path[at + 2] === 'options' ? path[at + 3] : undefined;
    const message = isIndex(option) ? `Option ${Number(option) + 1}: ${error.message}` : error.message;
    return { ...error, field: ['input', `questions.${index}.${named}`], message };
  });
}
