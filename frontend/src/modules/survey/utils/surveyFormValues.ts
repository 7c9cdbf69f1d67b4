import type { SurveyDetailFragment, SurveyKind, SurveyQuestionType } from '@/generated/graphql';

export interface OptionRow {
  /** Stable React key: a row has no id of its own until the server gives it one. */
  key: string;
  label: string;
  /** QUIZ: a right answer. */
  correct: boolean;
}

export interface QuestionRow {
  key: string;
  type: SurveyQuestionType | '';
  prompt: string;
  required: boolean;
  /** SINGLE_CHOICE and MULTIPLE_CHOICE only; kept while another type is chosen, in case it is chosen back. */
  options: OptionRow[];
  /** QUIZ only. */
  explanation: string;
}

/** What the builder edits: strings as typed, the questions as rows. */
export interface SurveyFormValues {
  kind: SurveyKind;
  title: string;
  description: string;
  thankYouMessage: string;
  asksDisplayName: boolean;
  questions: QuestionRow[];
}

/** The server's limits (schema/survey.graphqls). */
export const SURVEY_LIMITS = {
  title: 120,
  description: 2000,
  thankYouMessage: 500,
  questions: 30,
  prompt: 300,
  minOptions: 2,
  maxOptions: 10,
  option: 120,
  explanation: 1000,
} as const;

/** A question's own fields as userErrors name them: ["input", "questions", "2", "options"]. */
export const QUESTION_PARTS = ['type', 'prompt', 'required', 'options', 'explanation'] as const;
export type QuestionPart = (typeof QUESTION_PARTS)[number];
/** `questions.2` is the third question as a whole; `questions.2.options` its options. */
export type QuestionField = `questions.${number}` | `questions.${number}.${QuestionPart}`;

export const questionField = (index: number, part?: QuestionPart): QuestionField =>
  part ? `questions.${index}.${part}` : `questions.${index}`;

const SURVEY_FIELDS = ['kind', 'title', 'description', 'thankYouMessage', 'asksDisplayName', 'questions'] as const;
export type SurveyFormField = (typeof SURVEY_FIELDS)[number] | QuestionField;

const SURVEY_LABELS: Record<(typeof SURVEY_FIELDS)[number], string> = {
  kind: 'Kind',
  title: 'Title',
  description: 'Description',
  thankYouMessage: 'Thank-you message',
  asksDisplayName: 'Ask for a display name',
  questions: 'Questions',
};

const PART_LABELS: Record<QuestionPart, string> = {
  type: 'type',
  prompt: 'question',
  required: 'required',
  options: 'options',
  explanation: 'explanation',
};

/** Every field a userError can point at: the survey's own and each possible question's. */
export const SURVEY_FORM_FIELDS: readonly SurveyFormField[] = [
  ...SURVEY_FIELDS,
  ...Array.from({ length: SURVEY_LIMITS.questions }, (_, index) => [
    questionField(index),
    ...QUESTION_PARTS.map((part) => questionField(index, part)),
  ]).flat(),
];

export const SURVEY_FIELD_LABELS = Object.fromEntries(
  SURVEY_FORM_FIELDS.map((field) => {
    const [, index, part] = field.split('.');
    if (index === undefined) return [field, SURVEY_LABELS[field as (typeof SURVEY_FIELDS)[number]]];
    const question = `Question ${Number(index) + 1}`;
    return [field, part ? `${question} ${PART_LABELS[part as QuestionPart]}` : question];
  }),
) as Record<SurveyFormField, string>;

/** The DOM id of each field's control: `survey-questions-2-options`. */
export const surveyFieldId = (field: SurveyFormField) => `survey-${field.replaceAll('.', '-')}`;

let rowCounter = 0;
const nextKey = (prefix: string) => `${prefix}-${++rowCounter}`;

export const newOptionRow = (label = '', correct = false): OptionRow => ({ key: nextKey('option'), label, correct });

export const newQuestionRow = (row: Partial<Omit<QuestionRow, 'key'>> = {}): QuestionRow => ({
  key: nextKey('question'),
  type: '',
  prompt: '',
  required: true,
  options: [newOptionRow(), newOptionRow()],
  explanation: '',
  ...row,
});

export const emptySurveyForm = (kind: SurveyKind = 'SURVEY'): SurveyFormValues => ({
  kind,
  title: '',
  description: '',
  thankYouMessage: '',
  asksDisplayName: false,
  questions: [newQuestionRow()],
});

export function surveyToFormValues(survey: SurveyDetailFragment): SurveyFormValues {
  return {
    kind: survey.kind,
    title: survey.title,
    description: survey.description ?? '',
    thankYouMessage: survey.thankYouMessage ?? '',
    asksDisplayName: survey.asksDisplayName,
    questions: survey.questions.map((question) =>
      newQuestionRow({
        type: question.type,
        prompt: question.prompt,
        required: question.required,
        options: question.options.map((option) =>
          newOptionRow(option.label, question.correctOptionIds.includes(option.id)),
        ),
        explanation: question.explanation ?? '',
      }),
    ),
  };
}

/** Equal values, row keys aside: a reread gives every row a new key. */
export function sameSurveyValues(a: SurveyFormValues, b: SurveyFormValues): boolean {
  const withoutKeys = (values: SurveyFormValues) =>
    JSON.stringify({
      ...values,
      questions: values.questions.map(({ key: _key, options, ...question }) => ({
        ...question,
        options: options.map(({ key: _option, ...option }) => option),
      })),
    });
  return withoutKeys(a) === withoutKeys(b);
}
