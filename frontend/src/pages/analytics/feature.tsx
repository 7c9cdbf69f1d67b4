import type { Feature } from '@/app/feature';
import { ANALYTICS_PATH, ENGAGEMENT_IMPORT_PATH } from '@/modules/analytics/utils/analyticsPaths';
import { canReadAnalytics } from '@/modules/viewer/utils/permissions';

// Engagement analytics for every staff role (figures only), and the import of the platforms'
// exports beside it. Each page is a chunk of its own; the charts' library is another, loaded with
// the first chart.
export const feature: Feature = {
  routes: [
    {
      path: ANALYTICS_PATH.slice(1),
      lazy: () => import('./AnalyticsPage').then((page) => ({ Component: page.AnalyticsPage })),
    },
    {
      path: ENGAGEMENT_IMPORT_PATH.slice(1),
      lazy: () => import('./EngagementImportPage').then((page) => ({ Component: page.EngagementImportPage })),
    },
  ],
  nav: { to: ANALYTICS_PATH, label: 'Analytics', order: 21, visibleTo: canReadAnalytics },
};
