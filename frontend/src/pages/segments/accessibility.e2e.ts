import type { AccessibilityState } from '@/app/accessibilityStates';

export const accessibilityStates: AccessibilityState[] = [
  { name: 'segment list', steps: [{ goto: '/segments' }] },
  { name: 'segment detail', steps: [{ openFirstRow: '/segments' }] },
  { name: 'segment edit form', steps: [{ openFirstRow: '/segments' }, { clickLink: 'Edit' }] },
  { name: 'segment create form', steps: [{ goto: '/segments/new' }] },
];
