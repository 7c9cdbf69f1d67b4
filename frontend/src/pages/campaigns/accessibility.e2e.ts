import type { AccessibilityState } from '@/app/accessibilityStates';

export const accessibilityStates: AccessibilityState[] = [
  { name: 'campaign list', steps: [{ goto: '/campaigns' }] },
  { name: 'campaign detail', steps: [{ openFirstRow: '/campaigns', excluding: 'Archived' }] },
  { name: 'campaign edit form', steps: [{ openFirstRow: '/campaigns', excluding: 'Archived' }, { clickLink: 'Edit' }] },
  { name: 'campaign create form', steps: [{ goto: '/campaigns/new' }] },
];
