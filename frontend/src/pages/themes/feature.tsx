import type { Feature } from '@/app/feature';
import { THEMES_PATH } from '@/modules/feedback/utils/feedbackPaths';
import { canReadFeedbackThemes } from '@/modules/viewer/utils/permissions';

// What patients talk about and how they feel, from the inbox, surveys and live questions: beside
// the inbox, for its staff and the analysts (aggregates only). Its own chunk, charts included.
export const feature: Feature = {
  routes: [
    {
      path: THEMES_PATH.slice(1),
      lazy: () => import('./ThemesPage').then((page) => ({ Component: page.ThemesPage })),
    },
  ],
  nav: { to: THEMES_PATH, label: 'Feedback themes', order: 19.5, visibleTo: canReadFeedbackThemes },
};
