import type { Feature } from '@/app/feature';

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
};
