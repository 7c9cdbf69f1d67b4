import type { Role } from '@/generated/graphql';
import { canViewAuditLog } from '@/modules/viewer/utils/permissions';

export interface NavItem {
  to: string;
  label: string;
}

/** Campaigns and segments are for all staff; the audit log only for admins and compliance. */
export function navItemsForRoles(roles: readonly Role[]): NavItem[] {
  const items: NavItem[] = [
    { to: '/campaigns', label: 'Campaigns' },
    { to: '/segments', label: 'Audience segments' },
  ];
  if (canViewAuditLog(roles)) items.push({ to: '/audit', label: 'Audit log' });
  return items;
}
