import type { AccessibilityState } from '@/app/accessibilityStates';

export const accessibilityStates: AccessibilityState[] = [
  { name: 'home', steps: [{ goto: '/' }, { expectHeading: 'Home' }] },
];
