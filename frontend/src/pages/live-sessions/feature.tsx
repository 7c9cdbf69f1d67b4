import type { Feature } from '@/app/feature';
import { LiveSessionConsolePage } from './LiveSessionConsolePage';
import { LiveSessionCreatePage } from './LiveSessionCreatePage';
import { LiveSessionDetailPage } from './LiveSessionDetailPage';
import { LiveSessionEditPage } from './LiveSessionEditPage';
import { LiveSessionListPage } from './LiveSessionListPage';
import { LiveSessionProjectorPage } from './LiveSessionProjectorPage';

export const feature: Feature = {
  routes: [
    { path: 'live-sessions', element: <LiveSessionListPage /> },
    { path: 'live-sessions/new', element: <LiveSessionCreatePage /> },
    { path: 'live-sessions/:id', element: <LiveSessionDetailPage /> },
    { path: 'live-sessions/:id/edit', element: <LiveSessionEditPage /> },
    { path: 'live-sessions/:id/console', element: <LiveSessionConsolePage /> },
  ],
  // Shown full screen to the room.
  fullScreenRoutes: [{ path: 'live-sessions/:id/projector', element: <LiveSessionProjectorPage /> }],
  nav: { to: '/live-sessions', label: 'Live Q&A', order: 30 },
};
