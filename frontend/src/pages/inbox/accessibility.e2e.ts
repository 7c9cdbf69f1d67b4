import type { AccessibilityState } from '@/app/accessibilityStates';

// The demo data seeds no feedback yet, so these states hold on an empty inbox: the list (empty, or
// with whatever arrived) and a filtered list that matches nothing.
export const accessibilityStates: AccessibilityState[] = [
  { name: 'inbox list', steps: [{ goto: '/inbox' }, { expectHeading: 'Inbox' }] },
  {
    name: 'inbox list filtered to nothing',
    steps: [
      { goto: '/inbox?status=ESCALATED&overdue=yes&hasPhi=yes&search=no-such-words' },
      { expectHeading: 'Inbox' },
    ],
  },
];
