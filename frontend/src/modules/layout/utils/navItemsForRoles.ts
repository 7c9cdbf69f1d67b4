import type { Role } from '@/generated/graphql';
import { canViewAuditLog, canViewOrganizationSettings } from '@/modules/viewer/utils/permissions';

export interface NavItem {
  to: string;
  label: string;
}

/**
 * Campaigns, segments and live Q&A are for all staff; the audit log only for admins and compliance;
 * the settings for all staff (read-only but for admins), last.
 */
export function navItemsForRoles(roles: readonly Role[]): NavItem[] {
  const items: NavItem[] = [
    { to: '/campaigns', label: 'Campaigns' },
    { to: '/segments', label: 'Audience segments' },
    { to: '/live-sessions', label: 'Live Q&A' },
  ];
  if (canViewAuditLog(roles)) items.push({ to: '/audit', label: 'Audit log' });
  if (canViewOrganizationSettings(roles)) items.push({ to: '/settings', label: 'Settings' });
  return items;
}
