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
  { name: 'content list', steps: [{ goto: '/content' }] },
  { name: 'content detail', steps: [{ openFirstRow: '/content' }] },
  { name: 'content review queue', steps: [{ goto: '/content/review' }] },
];
