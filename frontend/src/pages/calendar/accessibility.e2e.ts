import type { AccessibilityState } from '@/app/accessibilityStates';

// Riverside's demo content is scheduled over the next two weeks and published over the last two
// months, so this month's grid and this week's days both hold posts.
export const accessibilityStates: AccessibilityState[] = [
  { name: 'content calendar, month', steps: [{ goto: '/content/calendar' }, { expectButton: 'Next month' }] },
  {
    name: 'content calendar, week',
    steps: [{ goto: '/content/calendar?view=week' }, { expectButton: 'Next week' }],
  },
];
