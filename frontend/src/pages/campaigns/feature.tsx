import type { Feature } from '@/app/feature';
import { CampaignCreatePage } from './CampaignCreatePage';
import { CampaignDetailPage } from './CampaignDetailPage';
import { CampaignEditPage } from './CampaignEditPage';
import { CampaignListPage } from './CampaignListPage';

export const feature: Feature = {
  routes: [
    { path: 'campaigns', element: <CampaignListPage /> },
    { path: 'campaigns/new', element: <CampaignCreatePage /> },
    { path: 'campaigns/:id', element: <CampaignDetailPage /> },
    { path: 'campaigns/:id/edit', element: <CampaignEditPage /> },
  ],
  nav: { to: '/campaigns', label: 'Campaigns', order: 10 },
};
