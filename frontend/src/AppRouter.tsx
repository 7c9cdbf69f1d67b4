import { useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { AppLayout } from '@/modules/layout/components/AppLayout';
import { AuditLogPage } from '@/pages/audit/AuditLogPage';
import { CampaignCreatePage } from '@/pages/campaigns/CampaignCreatePage';
import { CampaignDetailPage } from '@/pages/campaigns/CampaignDetailPage';
import { CampaignEditPage } from '@/pages/campaigns/CampaignEditPage';
import { CampaignListPage } from '@/pages/campaigns/CampaignListPage';
import { LiveSessionConsolePage } from '@/pages/live-sessions/LiveSessionConsolePage';
import { LiveSessionCreatePage } from '@/pages/live-sessions/LiveSessionCreatePage';
import { LiveSessionDetailPage } from '@/pages/live-sessions/LiveSessionDetailPage';
import { LiveSessionListPage } from '@/pages/live-sessions/LiveSessionListPage';
import { LiveSessionProjectorPage } from '@/pages/live-sessions/LiveSessionProjectorPage';
import { NotFoundPage } from '@/pages/NotFoundPage';
import { SegmentCreatePage } from '@/pages/segments/SegmentCreatePage';
import { SegmentDetailPage } from '@/pages/segments/SegmentDetailPage';
import { SegmentEditPage } from '@/pages/segments/SegmentEditPage';
import { SegmentListPage } from '@/pages/segments/SegmentListPage';
import { OrganizationSettingsPage } from '@/pages/settings/OrganizationSettingsPage';

export const routes: RouteObject[] = [
  // Signed in, but without the header and navigation: shown full screen to the room.
  { path: 'live-sessions/:id/projector', element: <LiveSessionProjectorPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/campaigns" replace /> },
      // Reached only by reloading a spent sign-in callback.
      { path: 'callback', element: <Navigate to="/" replace /> },
      { path: 'campaigns', element: <CampaignListPage /> },
      { path: 'campaigns/new', element: <CampaignCreatePage /> },
      { path: 'campaigns/:id', element: <CampaignDetailPage /> },
      { path: 'campaigns/:id/edit', element: <CampaignEditPage /> },
      { path: 'segments', element: <SegmentListPage /> },
      { path: 'segments/new', element: <SegmentCreatePage /> },
      { path: 'segments/:id', element: <SegmentDetailPage /> },
      { path: 'segments/:id/edit', element: <SegmentEditPage /> },
      { path: 'live-sessions', element: <LiveSessionListPage /> },
      { path: 'live-sessions/new', element: <LiveSessionCreatePage /> },
      { path: 'live-sessions/:id', element: <LiveSessionDetailPage /> },
      { path: 'live-sessions/:id/console', element: <LiveSessionConsolePage /> },
      { path: 'audit', element: <AuditLogPage /> },
      { path: 'settings', element: <OrganizationSettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Created on mount, i.e. after sign-in has cleaned the callback URL. */
export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
