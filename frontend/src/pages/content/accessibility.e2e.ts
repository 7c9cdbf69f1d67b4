import type { AccessibilityState } from '@/app/accessibilityStates';

// The demo data seeds no content yet, so the detail page is reached by saving a draft first; the
// list's first row is then that draft (or any other item), and the review queue may be empty.
export const accessibilityStates: AccessibilityState[] = [
  { name: 'content editor', steps: [{ goto: '/content/new' }, { expectButton: 'Save draft' }] },
  {
    name: 'content detail of a new draft',
    steps: [
      { goto: '/content/new' },
      { fill: 'Title (required)', value: 'Wash your hands' },
      { select: 'Format (required)', option: 'Health tip' },
      { fill: 'Body (required)', value: 'Use soap and water. Scrub for twenty seconds. Call 555-201-0134 to ask.' },
      { clickButton: 'Save draft' },
      { expectHeading: 'Wash your hands' },
    ],
  },
  {
    // Edited once, so two revisions to compare, with an open comment on the body's words.
    name: 'content detail with a comment and a revision comparison',
    steps: [
      { goto: '/content/new' },
      { fill: 'Title (required)', value: 'Stretch every morning' },
      { select: 'Format (required)', option: 'Health tip' },
      { fill: 'Body (required)', value: 'Stretch for five minutes.' },
      { clickButton: 'Save draft' },
      { expectHeading: 'Stretch every morning' },
      { clickLink: 'Edit' },
      { fill: 'Body (required)', value: 'Stretch for five minutes.\nBreathe slowly as you stretch.' },
      { clickButton: 'Save changes' },
      { expectHeading: 'Stretch every morning' },
      { fill: 'Words of the body it is about (required)', value: 'five minutes' },
      { fill: 'Comment (required)', value: 'Say how often: every morning?' },
      { clickButton: 'Add comment' },
      { clickButton: 'Compare' },
    ],
  },
  { name: 'content list', steps: [{ goto: '/content' }] },
  { name: 'content detail', steps: [{ openFirstRow: '/content' }] },
  { name: 'content review queue', steps: [{ goto: '/content/review' }] },
  // The demo's retracted story leaves a take-down open, so the list has a row with its Confirm.
  { name: 'take-down tasks', steps: [{ goto: '/content/takedowns' }, { expectHeading: 'Take-downs' }] },
];
