import { lazy } from 'react';
import type { Feature } from '@/app/feature';

// Each page is a chunk of its own, loaded when its route is first opened.
export const feature: Feature = {
  routes: [
    {
      path: 'campaigns',
      lazy: () => import('./CampaignListPage').then((page) => ({ Component: page.CampaignListPage })),
    },
    {
      path: 'campaigns/new',
      lazy: () => import('./CampaignCreatePage').then((page) => ({ Component: page.CampaignCreatePage })),
    },
    {
      path: 'campaigns/:id',
      lazy: () => import('./CampaignDetailPage').then((page) => ({ Component: page.CampaignDetailPage })),
    },
    {
      path: 'campaigns/:id/edit',
      lazy: () => import('./CampaignEditPage').then((page) => ({ Component: page.CampaignEditPage })),
    },
  ],
  nav: { to: '/campaigns', label: 'Campaigns', order: 10 },
  homePanels: [
    {
      id: 'campaigns.this-week',
      title: 'Campaigns this week',
      order: 40,
      component: lazy(() =>
        import('@/modules/campaign/components/CampaignsThisWeekPanel').then((m) => ({
          default: m.CampaignsThisWeekPanel,
        })),
      ),
    },
  ],
};
