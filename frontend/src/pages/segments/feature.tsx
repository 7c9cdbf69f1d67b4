import type { Feature } from '@/app/feature';
import { SegmentCreatePage } from './SegmentCreatePage';
import { SegmentDetailPage } from './SegmentDetailPage';
import { SegmentEditPage } from './SegmentEditPage';
import { SegmentListPage } from './SegmentListPage';

export const feature: Feature = {
  routes: [
    { path: 'segments', element: <SegmentListPage /> },
    { path: 'segments/new', element: <SegmentCreatePage /> },
    { path: 'segments/:id', element: <SegmentDetailPage /> },
    { path: 'segments/:id/edit', element: <SegmentEditPage /> },
  ],
  nav: { to: '/segments', label: 'Audience segments', order: 20 },
};
