import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { LiveAudiencePage } from '@/pages/live/LiveAudiencePage';
import { FullPageMessage } from '@/ui/layout/FullPageMessage';

/**
 * The pages anyone may open without signing in: the live Q&A audience page. Rendered instead of
 * <App>, so neither the OIDC provider nor the staff API client is ever created for them.
 */
export const publicRoutes: RouteObject[] = [
  { path: 'live/:joinCode', element: <LiveAudiencePage /> },
  {
    path: '*',
    element: (
      <FullPageMessage title="Page not found">
        <p>Check the address you were given for the live session.</p>
      </FullPageMessage>
    ),
  },
];

export function PublicApp() {
  const [router] = useState(() => createBrowserRouter(publicRoutes));
  return <RouterProvider router={router} />;
}
