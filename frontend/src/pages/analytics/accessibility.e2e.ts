import type { AccessibilityState } from '@/app/accessibilityStates';

// The engagement import, its layouts listed.
export const accessibilityStates: AccessibilityState[] = [
  {
    name: 'engagement import',
    steps: [{ goto: '/analytics/import' }, { expectHeading: 'Import engagement figures' }],
  },
];
