import type { AccessibilityState } from '@/app/accessibilityStates';

// The themes of Riverside's demo feedback over the default 30 days, and a period long before any
// feedback, which says so in words.
export const accessibilityStates: AccessibilityState[] = [
  { name: 'feedback themes', steps: [{ goto: '/themes' }, { expectHeading: 'Feedback themes' }] },
  {
    name: 'feedback themes, custom period with no messages',
    steps: [
      { goto: '/themes?period=custom&from=2020-01-01&to=2020-01-31' },
      { expectHeading: 'Feedback themes' },
      { expectButton: 'Apply filters' },
    ],
  },
];
