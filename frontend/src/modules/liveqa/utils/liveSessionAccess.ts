import type { LiveSessionDetailFragment, Role } from '@/generated/graphql';
import { canScheduleLiveSessions, mayCall } from '@/modules/viewer/utils/permissions';

/**
 * Whether the viewer may edit this session: updateLiveSession's rule (the schema's @access), and
 * of its MODERATORs only those the session names (viewerCanModerate), as the server checks; only
 * while it is scheduled, as that is when changing it is safe for the audience.
 */
export function canEditLiveSession(
  roles: readonly Role[],
  session: Pick<LiveSessionDetailFragment, 'status' | 'viewerCanModerate'>,
): boolean {
  if (session.status !== 'SCHEDULED' || !mayCall('mutation', 'updateLiveSession', roles)) return false;
  return canScheduleLiveSessions(roles) || session.viewerCanModerate;
}
