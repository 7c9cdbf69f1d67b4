import type { AccessibilityState } from '@/app/accessibilityStates';

// Riverside's demo inbox: the list, a thread with its reply box, a filtered list that matches
// nothing, a thread that does not exist (the page a stale link opens) and the saved replies, which
// every organisation starts with.
export const accessibilityStates: AccessibilityState[] = [
  { name: 'inbox list', steps: [{ goto: '/inbox' }, { expectHeading: 'Inbox' }] },
  { name: 'inbox thread with the reply box', steps: [{ openFirstRow: '/inbox' }, { expectButton: 'Send reply' }] },
  {
    name: 'inbox list filtered to nothing',
    steps: [
      { goto: '/inbox?status=ESCALATED&overdue=yes&hasPhi=yes&search=no-such-words' },
      { expectHeading: 'Inbox' },
    ],
  },
  {
    name: 'inbox thread not found',
    steps: [
      { goto: '/inbox/RmVlZGJhY2tUaHJlYWQ6MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw' },
      { expectHeading: 'Thread not found' },
    ],
  },
  {
    name: 'inbox CSV import',
    steps: [{ goto: '/inbox/import' }, { expectHeading: 'Import feedback from a CSV file' }],
  },
  { name: 'saved replies', steps: [{ goto: '/inbox/saved-replies' }, { expectHeading: 'Saved replies' }] },
  { name: 'saved reply create form', steps: [{ goto: '/inbox/saved-replies/new' }, { expectButton: 'Save reply' }] },
  {
    name: 'saved reply edit form',
    steps: [{ openFirstRow: '/inbox/saved-replies' }, { expectButton: 'Save changes' }],
  },
];
