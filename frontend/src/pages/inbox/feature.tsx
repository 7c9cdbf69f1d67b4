import type { Feature } from '@/app/feature';
import { canReadInbox } from '@/modules/viewer/utils/permissions';

// Each page is a chunk of its own, loaded when its route is first opened.
export const feature: Feature = {
  routes: [
    {
      path: 'inbox',
      lazy: () => import('./InboxListPage').then((page) => ({ Component: page.InboxListPage })),
    },
    {
      path: 'inbox/:id',
      lazy: () => import('./ThreadPage').then((page) => ({ Component: page.ThreadPage })),
    },
  ],
  // Patients' comments, reviews and messages: beside the content they answer.
  nav: { to: '/inbox', label: 'Inbox', order: 18, visibleTo: canReadInbox },
};
