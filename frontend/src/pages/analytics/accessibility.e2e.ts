import type { AccessibilityState } from '@/app/accessibilityStates';

// The analytics home over the demo's 90 days, its series as a table, and the engagement import.
export const accessibilityStates: AccessibilityState[] = [
  { name: 'analytics', steps: [{ goto: '/analytics?period=90d' }, { expectHeading: 'Analytics' }] },
  {
    name: 'analytics, series as a table',
    steps: [
      { goto: '/analytics?period=90d&interval=WEEK' },
      { expectHeading: 'Analytics' },
      { clickButton: 'Table of engagement over time' },
    ],
  },
  {
    name: 'engagement import',
    steps: [{ goto: '/analytics/import' }, { expectHeading: 'Import engagement figures' }],
  },
];
