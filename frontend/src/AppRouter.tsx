import { useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { features, navEntries } from '@/app/features';
import { AppLayout } from '@/modules/layout/components/AppLayout';
import { NavEntriesContext } from '@/modules/layout/contexts/NavEntriesContext';
import { NotFoundPage } from '@/pages/NotFoundPage';
import { LoadingState } from '@/ui/feedback/LoadingState';

/**
 * Feature pages load lazily (`lazy` in each feature.tsx): while the first page's chunk loads,
 * the layout shows this in its place (later navigations keep the old page up meanwhile, see
 * AppLayout).
 */
const withLoadingState = (route: RouteObject): RouteObject => ({ HydrateFallback: LoadingState, ...route });

export const routes: RouteObject[] = [
  ...features.flatMap((feature) => feature.fullScreenRoutes ?? []).map(withLoadingState),
  {
    element: <AppLayout />,
    children: [
      // Reached only by reloading a spent sign-in callback.
      { path: 'callback', element: <Navigate to="/" replace /> },
      ...features.flatMap((feature) => feature.routes).map(withLoadingState),
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
