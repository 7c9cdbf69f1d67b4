import type { Feature } from '@/app/feature';
import { canViewAuditLog } from '@/modules/viewer/utils/permissions';

// Each page is a chunk of its own, loaded when its route is first opened.
export const feature: Feature = {
  routes: [{ path: 'audit', lazy: () => import('./AuditLogPage').then((page) => ({ Component: page.AuditLogPage })) }],
  nav: { to: '/audit', label: 'Audit log', order: 40, visibleTo: canViewAuditLog },
};
