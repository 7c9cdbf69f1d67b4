import { lazy } from 'react';
import type { Feature } from '@/app/feature';
import { decidableKindsFor, mayConfirmTakedown } from '@/modules/content/utils/contentAccess';
import { canReadContent } from '@/modules/viewer/utils/permissions';

// Each page is a chunk of its own, loaded when its route is first opened.
export const feature: Feature = {
  routes: [
    {
      path: 'content',
      lazy: () => import('./ContentListPage').then((page) => ({ Component: page.ContentListPage })),
    },
    {
      path: 'content/new',
      lazy: () => import('./ContentCreatePage').then((page) => ({ Component: page.ContentCreatePage })),
    },
    {
      path: 'content/review',
      lazy: () => import('./ReviewQueuePage').then((page) => ({ Component: page.ReviewQueuePage })),
    },
    {
      path: 'content/review/:id',
      lazy: () => import('./ContentReviewPage').then((page) => ({ Component: page.ContentReviewPage })),
    },
    {
      path: 'content/takedowns',
      lazy: () => import('./TakedownsPage').then((page) => ({ Component: page.TakedownsPage })),
    },
    {
      path: 'content/:id',
      lazy: () => import('./ContentDetailPage').then((page) => ({ Component: page.ContentDetailPage })),
    },
    {
      path: 'content/:id/edit',
      lazy: () => import('./ContentEditPage').then((page) => ({ Component: page.ContentEditPage })),
    },
  ],
  // Take-downs beside Content (and the calendar, 16): a task list for those who may confirm one.
  nav: [
    { to: '/content', label: 'Content', order: 15, visibleTo: canReadContent },
    { to: '/content/takedowns', label: 'Take-downs', order: 17, visibleTo: mayConfirmTakedown },
  ],
  homePanels: [
    {
      id: 'content.waiting-for-review',
      title: 'Content waiting for your review',
      order: 15,
      visibleTo: (roles) => decidableKindsFor(roles).length > 0,
      component: lazy(() =>
        import('@/modules/content/components/ReviewWaitingPanel').then((m) => ({ default: m.ReviewWaitingPanel })),
      ),
    },
    {
      id: 'content.takedowns-to-confirm',
      title: 'Take-downs to confirm',
      order: 16,
      visibleTo: mayConfirmTakedown,
      component: lazy(() =>
        import('@/modules/content/components/TakedownsWaitingPanel').then((m) => ({
          default: m.TakedownsWaitingPanel,
        })),
      ),
    },
  ],
};
