import { ACCESS } from '@/generated/access';
import type { Role } from '@/generated/graphql';

type Kind = keyof typeof ACCESS;

/**
 * Whether a caller with these roles may call a root field: read from the schema's @access rules
 * at build time (src/generated/access.ts), so the SPA never shows a control the server refuses.
 * The server enforces the rules regardless.
 */
export function mayCall<K extends Kind>(kind: K, field: keyof (typeof ACCESS)[K], roles: readonly Role[]): boolean {
  const rule = ACCESS[kind][field] as { readonly roles: readonly Role[] };
  return roles.some((role) => rule.roles.includes(role));
}

const allowedTo =
  <K extends Kind>(kind: K, field: keyof (typeof ACCESS)[K]) =>
  (roles: readonly Role[]) =>
    mayCall(kind, field, roles);

export const canWriteCampaigns = allowedTo('mutation', 'createCampaign');
export const canWriteSegments = allowedTo('mutation', 'createAudienceSegment');
export const canViewAuditLog = allowedTo('query', 'auditLog');
/** Starting, moderating and ending live Q&A sessions. */
export const canRunLiveSessions = allowedTo('mutation', 'startLiveSession');
/** Scheduling live Q&A sessions. */
export const canScheduleLiveSessions = allowedTo('mutation', 'createLiveSession');
/** Reading the organisation's settings: every staff role. */
export const canViewOrganizationSettings = allowedTo('query', 'organizationSettings');
/** Changing the organisation's settings (time zone, retention of participants' text). */
export const canChangeOrganizationSettings = allowedTo('mutation', 'updateOrganizationSettings');

const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  MARKETER: 'Marketer',
  CLINICAL_REVIEWER: 'Clinical reviewer',
  COMPLIANCE_OFFICER: 'Compliance officer',
  MODERATOR: 'Moderator',
  ANALYST: 'Analyst',
};

export const roleLabel = (role: Role) => ROLE_LABELS[role];
