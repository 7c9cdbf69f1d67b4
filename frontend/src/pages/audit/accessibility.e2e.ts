import type { AccessibilityState } from '@/app/accessibilityStates';

export const accessibilityStates: AccessibilityState[] = [
  { name: 'audit log', steps: [{ goto: '/audit' }, { expectHeading: 'Audit log' }] },
  { name: 'audit log, everyone', steps: [{ goto: '/audit?who=ALL' }, { expectHeading: 'Audit log' }] },
];
