import { lazy } from 'react';
import type { Feature } from '@/app/feature';
import { canReadSurveys, canWriteSurveys } from '@/modules/viewer/utils/permissions';

// Each page is a chunk of its own, loaded when its route is first opened: the results page's
// charts stay out of every other page. The public survey page (/s#<code>) is not a feature: it is
// listed in app/publicPages.
export const feature: Feature = {
  routes: [
    {
      path: 'surveys',
      lazy: () => import('./SurveyListPage').then((page) => ({ Component: page.SurveyListPage })),
    },
    {
      path: 'surveys/new',
      lazy: () => import('./SurveyCreatePage').then((page) => ({ Component: page.SurveyCreatePage })),
    },
    {
      path: 'surveys/:id',
      lazy: () => import('./SurveyDetailPage').then((page) => ({ Component: page.SurveyDetailPage })),
    },
    {
      path: 'surveys/:id/edit',
      lazy: () => import('./SurveyEditPage').then((page) => ({ Component: page.SurveyEditPage })),
    },
  ],
  // Beside the inbox: what patients tell the organisation when asked.
  nav: { to: '/surveys', label: 'Surveys', order: 19, visibleTo: canReadSurveys },
  homePanels: [
    {
      id: 'surveys.open',
      title: 'Open surveys',
      order: 14,
      visibleTo: canWriteSurveys,
      component: lazy(() =>
        import('@/modules/survey/components/OpenSurveysPanel').then((m) => ({ default: m.OpenSurveysPanel })),
      ),
    },
  ],
};
