import type { Feature } from '@/app/feature';
import { canViewOrganizationSettings } from '@/modules/viewer/utils/permissions';
import { OrganizationSettingsPage } from './OrganizationSettingsPage';

/** The settings come last in the navigation: read-only but for admins. */
export const feature: Feature = {
  routes: [{ path: 'settings', element: <OrganizationSettingsPage /> }],
  nav: { to: '/settings', label: 'Settings', order: 90, visibleTo: canViewOrganizationSettings },
};
