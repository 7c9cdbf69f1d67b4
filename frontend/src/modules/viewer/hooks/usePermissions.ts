import {
  canChangeOrganizationSettings,
  canReadConsentPatients,
  canReadConsentRequests,
  canReadConsents,
  canReadContent,
  canRequestConsents,
  canRetractContent,
  canReviewContent,
  canRunLiveSessions,
  canScheduleLiveSessions,
  canSeeReviewQueue,
  canViewAuditLog,
  canViewOrganizationSettings,
  canWriteCampaigns,
  canWriteConsents,
  canWriteContent,
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
    canReadConsents: canReadConsents(roles),
    canWriteConsents: canWriteConsents(roles),
    canReadConsentPatients: canReadConsentPatients(roles),
    canRequestConsents: canRequestConsents(roles),
    canReadConsentRequests: canReadConsentRequests(roles),
    canReadContent: canReadContent(roles),
    canWriteContent: canWriteContent(roles),
    canReviewContent: canReviewContent(roles),
    canSeeReviewQueue: canSeeReviewQueue(roles),
    canRetractContent: canRetractContent(roles),
  };
}
