import type { Feature } from '@/app/feature';

// Each page is a chunk of its own, loaded when its route is first opened.
export const feature: Feature = {
  routes: [
    { path: 'segments', lazy: () => import('./SegmentListPage').then((page) => ({ Component: page.SegmentListPage })) },
    {
      path: 'segments/new',
      lazy: () => import('./SegmentCreatePage').then((page) => ({ Component: page.SegmentCreatePage })),
    },
    {
      path: 'segments/:id',
      lazy: () => import('./SegmentDetailPage').then((page) => ({ Component: page.SegmentDetailPage })),
    },
    {
      path: 'segments/:id/edit',
      lazy: () => import('./SegmentEditPage').then((page) => ({ Component: page.SegmentEditPage })),
    },
  ],
  nav: { to: '/segments', label: 'Audience segments', order: 20 },
};
