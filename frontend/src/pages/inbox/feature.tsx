import { lazy } from 'react';
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
      path: 'inbox/saved-replies',
      lazy: () => import('./SavedRepliesPage').then((page) => ({ Component: page.SavedRepliesPage })),
    },
    {
      path: 'inbox/saved-replies/new',
      lazy: () => import('./SavedReplyCreatePage').then((page) => ({ Component: page.SavedReplyCreatePage })),
    },
    {
      path: 'inbox/saved-replies/:id/edit',
      lazy: () => import('./SavedReplyEditPage').then((page) => ({ Component: page.SavedReplyEditPage })),
    },
    {
      path: 'inbox/import',
      lazy: () => import('./FeedbackImportPage').then((page) => ({ Component: page.FeedbackImportPage })),
    },
    {
      path: 'inbox/:id',
      lazy: () => import('./ThreadPage').then((page) => ({ Component: page.ThreadPage })),
    },
  ],
  // Patients' comments, reviews and messages: beside the content they answer.
  nav: { to: '/inbox', label: 'Inbox', order: 18, visibleTo: canReadInbox },
  homePanels: [
    {
      id: 'inbox.waiting',
      title: 'Inbox',
      order: 12,
      visibleTo: canReadInbox,
      component: lazy(() =>
        import('@/modules/feedback/components/InboxPanel').then((m) => ({ default: m.InboxPanel })),
      ),
    },
  ],
};
