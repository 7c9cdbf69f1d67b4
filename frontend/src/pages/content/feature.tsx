import type { Feature } from '@/app/feature';
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
      path: 'content/:id/edit',
      lazy: () => import('./ContentEditPage').then((page) => ({ Component: page.ContentEditPage })),
    },
  ],
  nav: { to: '/content', label: 'Content', order: 15, visibleTo: canReadContent },
};
