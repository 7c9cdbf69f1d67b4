import {
  canChangeOrganizationSettings,
  canRunLiveSessions,
  canScheduleLiveSessions,
  canViewAuditLog,
  canViewOrganizationSettings,
  canWriteCampaigns,
  canWriteSegments,
} from '../utils/permissions';
import { useViewer } from './useViewer';

export function usePermissions() {
  const { roles } = useViewer();
  return {
    canWriteCampaigns: canWriteCampaigns(roles),
    canWriteSegments: canWriteSegments(roles),
    canViewAuditLog: canViewAuditLog(roles),
    canRunLiveSessions: canRunLiveSessions(roles),
    canScheduleLiveSessions: canScheduleLiveSessions(roles),
    canViewOrganizationSettings: canViewOrganizationSettings(roles),
    canChangeOrganizationSettings: canChangeOrganizationSettings(roles),
  };
}
