import type { AccessibilityState } from '@/app/accessibilityStates';

export const accessibilityStates: AccessibilityState[] = [
  { name: 'live session list', steps: [{ goto: '/live-sessions' }] },
  {
    name: 'live session detail',
    steps: [
      { goto: '/live-sessions' },
      { clickLink: 'Ask a pediatrician: winter colds and flu' },
      { expectButton: 'Start session' },
    ],
  },
  { name: 'live session create form', steps: [{ goto: '/live-sessions/new' }] },
];
