import type { Role } from '@/generated/graphql';

const WRITERS: readonly Role[] = ['ADMIN', 'MARKETER'];
const AUDITORS: readonly Role[] = ['ADMIN', 'COMPLIANCE_OFFICER'];
const SESSION_RUNNERS: readonly Role[] = ['ADMIN', 'MODERATOR'];
const SESSION_SCHEDULERS: readonly Role[] = ['ADMIN', 'MARKETER'];
const STAFF: readonly Role[] = ['ADMIN', 'MARKETER', 'CLINICAL_REVIEWER', 'COMPLIANCE_OFFICER', 'MODERATOR', 'ANALYST'];
const SETTINGS_ADMINS: readonly Role[] = ['ADMIN'];

/** Mirrors the @access rules of the mutations; the server enforces them regardless. */
export const canWriteCampaigns = (roles: readonly Role[]) => roles.some((role) => WRITERS.includes(role));
export const canWriteSegments = canWriteCampaigns;
export const canViewAuditLog = (roles: readonly Role[]) => roles.some((role) => AUDITORS.includes(role));
/** Starting, moderating and ending live Q&A sessions. */
export const canRunLiveSessions = (roles: readonly Role[]) => roles.some((role) => SESSION_RUNNERS.includes(role));
/** Scheduling live Q&A sessions. */
export const canScheduleLiveSessions = (roles: readonly Role[]) =>
  roles.some((role) => SESSION_SCHEDULERS.includes(role));
/** Reading the organisation's settings: every staff role. */
export const canViewOrganizationSettings = (roles: readonly Role[]) => roles.some((role) => STAFF.includes(role));
/** Changing the organisation's settings (time zone, retention of participants' text). */
export const canChangeOrganizationSettings = (roles: readonly Role[]) =>
  roles.some((role) => SETTINGS_ADMINS.includes(role));

const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  MARKETER: 'Marketer',
  CLINICAL_REVIEWER: 'Clinical reviewer',
  COMPLIANCE_OFFICER: 'Compliance officer',
  MODERATOR: 'Moderator',
  ANALYST: 'Analyst',
};

export const roleLabel = (role: Role) => ROLE_LABELS[role];
