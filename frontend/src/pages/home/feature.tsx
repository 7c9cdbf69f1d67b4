import { lazy } from 'react';
import type { Feature } from '@/app/feature';

// The home page and the panel that belongs to no one feature: what colleagues did lately.
export const feature: Feature = {
  routes: [{ index: true, lazy: () => import('./HomePage').then((page) => ({ Component: page.HomePage })) }],
  nav: { to: '/', label: 'Home', order: 0 },
  homePanels: [
    {
      id: 'home.activity',
      title: 'Recent activity',
      order: 90,
      component: lazy(() =>
        import('@/modules/audit/components/RecentActivityPanel').then((m) => ({ default: m.RecentActivityPanel })),
      ),
    },
  ],
};
