import type { Feature } from '@/app/feature';
import { ENGAGEMENT_IMPORT_PATH } from '@/modules/analytics/utils/analyticsPaths';
import { canImportEngagement } from '@/modules/viewer/utils/permissions';

// Engagement analytics: for now the import of the platforms' exports (a chunk of its own).
export const feature: Feature = {
  routes: [
    {
      path: ENGAGEMENT_IMPORT_PATH.slice(1),
      lazy: () => import('./EngagementImportPage').then((page) => ({ Component: page.EngagementImportPage })),
    },
  ],
  nav: { to: ENGAGEMENT_IMPORT_PATH, label: 'Import engagement', order: 21, visibleTo: canImportEngagement },
};
