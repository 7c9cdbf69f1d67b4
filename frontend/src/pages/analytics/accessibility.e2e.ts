import type { AccessibilityState } from '@/app/accessibilityStates';

// The analytics home over the demo's 90 days, and the engagement import.
export const accessibilityStates: AccessibilityState[] = [
  { name: 'analytics', steps: [{ goto: '/analytics?period=90d' }, { expectHeading: 'Analytics' }] },
  {
    name: 'engagement import',
    steps: [{ goto: '/analytics/import' }, { expectHeading: 'Import engagement figures' }],
  },
];
