import { lazy } from 'react';
import type { Feature } from '@/app/feature';
import { canRunLiveSessions } from '@/modules/viewer/utils/permissions';

// Each page is a chunk of its own, loaded when its route is first opened.
export const feature: Feature = {
  routes: [
    {
      path: 'live-sessions',
      lazy: () => import('./LiveSessionListPage').then((page) => ({ Component: page.LiveSessionListPage })),
    },
    {
      path: 'live-sessions/new',
      lazy: () => import('./LiveSessionCreatePage').then((page) => ({ Component: page.LiveSessionCreatePage })),
    },
    {
      path: 'live-sessions/:id',
      lazy: () => import('./LiveSessionDetailPage').then((page) => ({ Component: page.LiveSessionDetailPage })),
    },
    {
      path: 'live-sessions/:id/edit',
      lazy: () => import('./LiveSessionEditPage').then((page) => ({ Component: page.LiveSessionEditPage })),
    },
    {
      path: 'live-sessions/:id/console',
      lazy: () => import('./LiveSessionConsolePage').then((page) => ({ Component: page.LiveSessionConsolePage })),
    },
  ],
  // Shown full screen to the room.
  fullScreenRoutes: [
    {
      path: 'live-sessions/:id/projector',
      lazy: () => import('./LiveSessionProjectorPage').then((page) => ({ Component: page.LiveSessionProjectorPage })),
    },
  ],
  nav: { to: '/live-sessions', label: 'Live Q&A', order: 30 },
  homePanels: [
    {
      id: 'live-sessions.on-air',
      title: 'Live now',
      order: 10,
      component: lazy(() =>
        import('@/modules/liveqa/components/home/LiveNowPanel').then((m) => ({ default: m.LiveNowPanel })),
      ),
    },
    {
      id: 'live-sessions.waiting',
      title: 'Questions waiting for you',
      order: 20,
      visibleTo: canRunLiveSessions,
      component: lazy(() =>
        import('@/modules/liveqa/components/home/QuestionsWaitingPanel').then((m) => ({
          default: m.QuestionsWaitingPanel,
        })),
      ),
    },
    {
      id: 'live-sessions.this-week',
      title: 'Live sessions this week',
      order: 30,
      component: lazy(() =>
        import('@/modules/liveqa/components/home/SessionsThisWeekPanel').then((m) => ({
          default: m.SessionsThisWeekPanel,
        })),
      ),
    },
  ],
};
