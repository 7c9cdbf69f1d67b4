import type {
  SurveyDetailFragment,
  SurveyResultsFieldsFragment,
  SurveySummaryFragment,
  SurveyTextAnswerFieldsFragment,
} from '@/generated/graphql';

// Made-up surveys of a made-up clinic; every respondent is invented.
export const surveySummary = (overrides: Partial<SurveySummaryFragment> = {}): SurveySummaryFragment => ({
  id: 'U3VydmV5OjE',
  kind: 'SURVEY',
  title: 'How was your visit?',
  status: 'OPEN',
  openedAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
  results: { started: 40, responses: 30, completionRate: 0.75 },
  ...overrides,
});

export const surveyDetail = (overrides: Partial<SurveyDetailFragment> = {}): SurveyDetailFragment => ({
  id: 'U3VydmV5OjE',
  kind: 'SURVEY',
  title: 'How was your visit?',
  description: 'Two minutes to help us improve.',
  thankYouMessage: 'Thank you for telling us.',
  status: 'DRAFT',
  allowedStatuses: ['OPEN'],
  asksDisplayName: false,
  code: 'RVRS7SRV',
  questions: [
    {
      id: 'q1',
      type: 'SINGLE_CHOICE',
      prompt: 'Which clinic did you visit?',
      required: true,
      options: [
        { id: 'q1o1', label: 'Riverside' },
        { id: 'q1o2', label: 'Corona' },
      ],
      correctOptionIds: [],
      explanation: null,
    },
    {
      id: 'q2',
      type: 'RATING',
      prompt: 'How would you rate your visit?',
      required: true,
      options: [],
      correctOptionIds: [],
      explanation: null,
    },
  ],
  openedAt: null,
  closedAt: null,
  createdBy: { id: 'user-2', name: 'Maria Marketer', email: 'marketer@riverside.example' },
  createdAt: '2026-12-01T08:00:00Z',
  updatedAt: '2026-12-01T08:00:00Z',
  version: 1,
  ...overrides,
});

export const textAnswer = (
  overrides: Partial<SurveyTextAnswerFieldsFragment> = {},
): SurveyTextAnswerFieldsFragment => ({
  id: 'r1:q3',
  text: 'The nurse was very kind.',
  held: false,
  phiFindings: [],
  respondentName: null,
  submittedAt: '2026-12-02T10:00:00Z',
  releasedBy: null,
  ...overrides,
});

const question = (
  id: string,
  type: SurveyResultsFieldsFragment['questions'][number]['question']['type'],
  prompt: string,
) => ({
  id,
  type,
  prompt,
});

export const surveyResults = (overrides: Partial<SurveyResultsFieldsFragment> = {}): SurveyResultsFieldsFragment => ({
  started: 4,
  responses: 3,
  completionRate: 0.75,
  averageScore: null,
  questions: [
    {
      question: question('q1', 'SINGLE_CHOICE', 'Which clinic did you visit?'),
      answered: 3,
      options: [
        { option: { id: 'q1o1', label: 'Riverside' }, count: 2, percent: 66.6667, correct: false },
        { option: { id: 'q1o2', label: 'Corona' }, count: 1, percent: 33.3333, correct: false },
      ],
      values: [],
      average: null,
      netPromoterScore: null,
      correctShare: null,
      heldAnswers: 0,
      textAnswers: null,
    },
    {
      question: question('q2', 'NPS', 'How likely are you to recommend us?'),
      answered: 3,
      options: [],
      values: Array.from({ length: 11 }, (_, value) => ({
        value,
        count: value === 10 ? 2 : value === 5 ? 1 : 0,
        percent: value === 10 ? 66.6667 : value === 5 ? 33.3333 : 0,
      })),
      average: 8.3333,
      netPromoterScore: { score: 33, promoters: 2, passives: 0, detractors: 1 },
      correctShare: null,
      heldAnswers: 0,
      textAnswers: null,
    },
    {
      question: question('q3', 'FREE_TEXT', 'Anything else?'),
      answered: 2,
      options: [],
      values: [],
      average: null,
      netPromoterScore: null,
      correctShare: null,
      heldAnswers: 1,
      textAnswers: {
        edges: [
          {
            cursor: 'c2',
            node: textAnswer({
              id: 'r2:q3',
              text: null,
              held: true,
              phiFindings: [{ type: 'PHONE' }, { type: 'PERSON_NAME' }, { type: 'PHONE' }],
            }),
          },
          { cursor: 'c1', node: textAnswer({ respondentName: 'Sam' }) },
        ],
        pageInfo: { hasNextPage: false, endCursor: 'c1' },
      },
    },
  ],
  ...overrides,
});
