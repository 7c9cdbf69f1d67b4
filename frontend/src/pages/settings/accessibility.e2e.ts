import type { AccessibilityState } from '@/app/accessibilityStates';

export const accessibilityStates: AccessibilityState[] = [
  { name: 'organisation settings form', steps: [{ goto: '/settings' }, { expectButton: 'Save settings' }] },
  {
    name: 'posting policy editor',
    steps: [{ goto: '/settings/posting-policy' }, { expectButton: 'Save as version' }],
  },
  {
    name: 'publishing webhook settings',
    steps: [{ goto: '/settings/publishing-webhook' }, { expectHeading: 'Publishing webhook' }],
  },
  { name: 'inbox settings', steps: [{ goto: '/settings/inbox' }, { expectButton: 'Save inbox settings' }] },
  {
    name: 'feedback theme taxonomy editor',
    steps: [{ goto: '/settings/feedback-themes' }, { expectButton: 'Save themes' }],
  },
];
