import type { Feature } from '@/app/feature';
import { canViewOrganizationSettings } from '@/modules/viewer/utils/permissions';

/** The settings come last in the navigation: read-only but for admins. */
// Each page is a chunk of its own, loaded when its route is first opened.
export const feature: Feature = {
  routes: [
    {
      path: 'settings',
      lazy: () => import('./OrganizationSettingsPage').then((page) => ({ Component: page.OrganizationSettingsPage })),
    },
    {
      path: 'settings/posting-policy',
      lazy: () => import('./PostingPolicyPage').then((page) => ({ Component: page.PostingPolicyPage })),
    },
    {
      path: 'settings/publishing-webhook',
      lazy: () => import('./PublishingWebhookPage').then((page) => ({ Component: page.PublishingWebhookPage })),
    },
    {
      path: 'settings/inbox',
      lazy: () => import('./InboxSettingsPage').then((page) => ({ Component: page.InboxSettingsPage })),
    },
    {
      path: 'settings/feedback-themes',
      lazy: () =>
        import('./FeedbackThemesSettingsPage').then((page) => ({ Component: page.FeedbackThemesSettingsPage })),
    },
  ],
  nav: { to: '/settings', label: 'Settings', order: 90, visibleTo: canViewOrganizationSettings },
};
