import type { AccessibilityState } from '@/app/accessibilityStates';

// The demo data may seed no survey, so the draft, its edit form, the open survey's results and
// its public page are reached by building one first. The public page is opened as the staff
// preview (it starts no response); the respondent's own form and thank-you are checked by
// e2e/surveys.spec.ts, which answers a survey.
const TITLE = 'Your visit, in two questions';

export const accessibilityStates: AccessibilityState[] = [
  { name: 'survey list', steps: [{ goto: '/surveys' }, { expectHeading: 'Surveys' }] },
  { name: 'survey builder', steps: [{ goto: '/surveys/new' }, { expectButton: 'Save draft' }] },
  { name: 'survey builder with errors', steps: [{ clickButton: 'Save draft' }, { expectHeading: 'New survey' }] },
  {
    name: 'survey draft',
    steps: [
      { goto: '/surveys/new' },
      { fill: 'Title (required)', value: TITLE },
      { select: 'Question 1 type (required)', option: 'One choice' },
      { fill: 'Question 1 prompt (required)', value: 'Which clinic did you visit?' },
      { fill: 'Question 1 option 1', value: 'Riverside' },
      { fill: 'Question 1 option 2', value: 'Corona' },
      { clickButton: 'Add question' },
      { select: 'Question 2 type (required)', option: 'Rating, 1 to 5 stars' },
      { fill: 'Question 2 prompt (required)', value: 'How would you rate your visit?' },
      { clickButton: 'Save draft' },
      { expectHeading: TITLE },
      { expectButton: 'Open survey' },
    ],
  },
  { name: 'survey draft edit form', steps: [{ clickLink: 'Edit draft' }, { expectHeading: `Edit ${TITLE}` }] },
  {
    name: 'survey open dialog',
    steps: [{ clickLink: TITLE }, { clickButton: 'Open survey' }, { expectButton: 'Open to respondents' }],
  },
  {
    name: 'survey results (open, no responses yet)',
    steps: [{ clickButton: 'Open to respondents' }, { expectButton: 'Close survey' }],
  },
  {
    name: 'survey edit form of an open survey (questions read-only)',
    steps: [{ clickLink: 'Edit texts' }, { expectHeading: `Edit ${TITLE}` }],
  },
  {
    name: 'public survey page (staff preview)',
    steps: [
      { clickLink: TITLE },
      { clickLink: 'Preview the survey page' },
      { expectHeading: TITLE },
      { expectButton: 'Check answers (preview)' },
    ],
  },
  {
    name: 'public survey page with errors',
    steps: [{ clickButton: 'Check answers (preview)' }, { expectHeading: TITLE }],
  },
  {
    name: 'public survey page, unknown code',
    steps: [{ goto: '/s#NOSUCHCD' }, { expectHeading: 'We couldn’t find this survey' }],
  },
  { name: 'public survey page without a code', steps: [{ goto: '/s' }, { expectHeading: 'Open a survey' }] },
];
