import { lazy } from 'react';
import type { Feature } from '@/app/feature';
import { decidableKindsFor } from '@/modules/content/utils/contentAccess';
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
      path: 'content/:id',
      lazy: () => import('./ContentDetailPage').then((page) => ({ Component: page.ContentDetailPage })),
    },
    {
      path: 'content/:id/edit',
      lazy: () => import('./ContentEditPage').then((page) => ({ Component: page.ContentEditPage })),
    },
  ],
  nav: { to: '/content', label: 'Content', order: 15, visibleTo: canReadContent },
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
  ],
};
