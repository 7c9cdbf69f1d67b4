import { lazy } from 'react';
import type { Feature } from '@/app/feature';
import { canWatchConsentExpiry } from '@/modules/consent/utils/consentAccess';
import { canReadConsents } from '@/modules/viewer/utils/permissions';

// Each page is a chunk of its own, loaded when its route is first opened.
export const feature: Feature = {
  routes: [
    {
      path: 'consents',
      lazy: () => import('./ConsentListPage').then((page) => ({ Component: page.ConsentListPage })),
    },
    {
      path: 'consents/new',
      lazy: () => import('./ConsentRecordPage').then((page) => ({ Component: page.ConsentRecordPage })),
    },
    {
      path: 'consents/requests',
      lazy: () => import('./ConsentRequestListPage').then((page) => ({ Component: page.ConsentRequestListPage })),
    },
    {
      path: 'consents/requests/new',
      lazy: () => import('./ConsentRequestNewPage').then((page) => ({ Component: page.ConsentRequestNewPage })),
    },
    {
      path: 'consents/requests/:id',
      lazy: () => import('./ConsentRequestDetailPage').then((page) => ({ Component: page.ConsentRequestDetailPage })),
    },
    {
      path: 'consents/:id',
      lazy: () => import('./ConsentDetailPage').then((page) => ({ Component: page.ConsentDetailPage })),
    },
  ],
  nav: { to: '/consents', label: 'Consents', order: 25, visibleTo: canReadConsents },
  homePanels: [
    {
      id: 'consents.expiring-soon',
      title: 'Consents expiring within 30 days',
      order: 35,
      visibleTo: canWatchConsentExpiry,
      component: lazy(() =>
        import('@/modules/consent/components/ConsentsExpiringSoonPanel').then((m) => ({
          default: m.ConsentsExpiringSoonPanel,
        })),
      ),
    },
  ],
};
