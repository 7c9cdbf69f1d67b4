import { useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { features, navEntries } from '@/app/features';
import { AppLayout } from '@/modules/layout/components/AppLayout';
import { NavEntriesContext } from '@/modules/layout/contexts/NavEntriesContext';
import { NotFoundPage } from '@/pages/NotFoundPage';

export const routes: RouteObject[] = [
  ...features.flatMap((feature) => feature.fullScreenRoutes ?? []),
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/campaigns" replace /> },
      // Reached only by reloading a spent sign-in callback.
      { path: 'callback', element: <Navigate to="/" replace /> },
      ...features.flatMap((feature) => feature.routes),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Created on mount, i.e. after sign-in has cleaned the callback URL. */
export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <NavEntriesContext value={navEntries}>
      <RouterProvider router={router} />
    </NavEntriesContext>
  );
}
