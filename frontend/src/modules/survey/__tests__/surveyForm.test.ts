// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCreateSurveyInput, buildUpdateSurveyInput } from '../utils/surveyFormToInput';
import {
  emptySurveyForm,
  newOptionRow,
  newQuestionRow,
  surveyToFormValues,
  type SurveyFormValues,
} from '../utils/surveyFormValues';
import { routeSurveyUserErrors } from '../utils/routeSurveyUserErrors';
import { validateSurveyForm } from '../utils/validateSurveyForm';
import { surveyDetail } from './surveyFixtures';

const quiz = (): SurveyFormValues => ({
  ...emptySurveyForm('QUIZ'),
  title: ' Flu facts ',
  questions: [
    newQuestionRow({
      type: 'SINGLE_CHOICE',
      prompt: 'Can the flu shot give you the flu?',
      options: [newOptionRow('Yes'), newOptionRow('No', true)],
      explanation: 'The shot holds no live virus.',
    }),
    newQuestionRow({ type: 'FREE_TEXT', prompt: 'What else would you like to know?', required: false }),
  ],
});

describe('validateSurveyForm', () => {
  it('asks for a title, a type and a prompt per question, in the server’s words', () => {
    const values = { ...emptySurveyForm(), questions: [newQuestionRow()] };
    expect(validateSurveyForm(values)).toEqual({
      title: 'Enter a title',
      'questions.0.type': "Choose the question's type",
      'questions.0.prompt': 'Enter the question',
    });
  });

  it('names each faulty option by its number and asks a quiz for its right answer', () => {
    const values = quiz();
    values.questions[0] = {
      ...values.questions[0],
      options: [newOptionRow('Yes'), newOptionRow(''), newOptionRow('Yes')],
    };
    expect(validateSurveyForm(values)['questions.0.options']).toBe(
      "Option 2: Enter the option's text. Option 3: Each option must be different. Mark the one right answer",
    );
  });

  it('needs at least two options and one question', () => {
    const values = quiz();
    values.questions[0] = { ...values.questions[0], options: [newOptionRow('Yes', true)] };
    expect(validateSurveyForm(values)['questions.0.options']).toBe('Give at least 2 options');
    expect(validateSurveyForm({ ...quiz(), questions: [] }).questions).toBe('Add at least one question');
  });

  it('leaves the questions of an opened survey alone', () => {
    expect(validateSurveyForm({ ...quiz(), questions: [] }, true)).toEqual({});
  });
});

describe('survey inputs', () => {
  it('sends a quiz’s right answers as option positions, and options only for choice questions', () => {
    expect(buildCreateSurveyInput(quiz())).toEqual({
      kind: 'QUIZ',
      title: 'Flu facts',
      description: undefined,
      thankYouMessage: undefined,
      asksDisplayName: false,
      questions: [
        {
          type: 'SINGLE_CHOICE',
          prompt: 'Can the flu shot give you the flu?',
          required: true,
          options: ['Yes', 'No'],
          correctOptions: [1],
          explanation: 'The shot holds no live virus.',
        },
        { type: 'FREE_TEXT', prompt: 'What else would you like to know?', required: false },
      ],
    });
  });

  it('updates only what changed, an emptied text as "", and never the questions of an open survey', () => {
    const survey = surveyDetail({ status: 'OPEN', version: 4 });
    const initial = surveyToFormValues(survey);
    const changed = { ...initial, description: ' ', title: 'Your visit', questions: [] };
    expect(buildUpdateSurveyInput(initial, changed, survey)).toEqual({
      id: survey.id,
      expectedVersion: 4,
      title: 'Your visit',
      description: '',
    });
  });

  it('sends a draft’s questions only when one of them changed', () => {
    const survey = surveyDetail();
    const initial = surveyToFormValues(survey);
    expect(buildUpdateSurveyInput(initial, surveyToFormValues(survey), survey)).toEqual({
      id: survey.id,
      expectedVersion: 1,
    });
    const edited = {
      ...initial,
      questions: initial.questions.map((q, i) => (i === 1 ? { ...q, required: false } : q)),
    };
    expect(buildUpdateSurveyInput(initial, edited, survey).questions?.[1]).toEqual({
      type: 'RATING',
      prompt: 'How would you rate your visit?',
      required: false,
    });
  });
});

describe('routeSurveyUserErrors', () => {
  it('puts a question’s error on that question’s field, naming the option', () => {
    expect(
      routeSurveyUserErrors([
        { field: ['input', 'questions', '2', 'options', '1'], code: 'TOO_LONG', message: 'Keep it short' },
        { field: ['input', 'questions', '0', 'correctOptions'], code: 'INVALID', message: 'Mark the one right answer' },
        { field: ['input', 'questions', '1'], code: 'INVALID', message: 'Not in a quiz' },
        { field: ['input', 'title'], code: 'REQUIRED', message: 'Enter a title' },
      ]),
    ).toEqual([
      { field: ['input', 'questions.2.options'], code: 'TOO_LONG', message: 'Option 2: Keep it short' },
      { field: ['input', 'questions.0.options'], code: 'INVALID', message: 'Mark the one right answer' },
      { field: ['input', 'questions.1'], code: 'INVALID', message: 'Not in a quiz' },
      { field: ['input', 'title'], code: 'REQUIRED', message: 'Enter a title' },
    ]);
  });
});
