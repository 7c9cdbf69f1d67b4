import type { Feature } from '@/app/feature';
import { canViewAuditLog } from '@/modules/viewer/utils/permissions';
import { AuditLogPage } from './AuditLogPage';

export const feature: Feature = {
  routes: [{ path: 'audit', element: <AuditLogPage /> }],
  nav: { to: '/audit', label: 'Audit log', order: 40, visibleTo: canViewAuditLog },
};
