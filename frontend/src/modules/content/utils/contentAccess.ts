import type { ContentStatus, ReviewKind, Role } from '@/generated/graphql';
import { mayCall } from '@/modules/viewer/utils/permissions';

/**
 * Which review each role decides. The schema lets both reviewer roles call reviewContent; the
 * server then checks the kind against the role (clinical reviewers judge medical accuracy,
 * compliance officers patient stories), and so does the SPA here.
 */
const DECIDES: Record<ReviewKind, Role> = { CLINICAL: 'CLINICAL_REVIEWER', COMPLIANCE: 'COMPLIANCE_OFFICER' };
const KINDS: readonly ReviewKind[] = ['CLINICAL', 'COMPLIANCE'];

/** The review kinds these roles decide (the home panel and the decision form). */
export const decidableKindsFor = (roles: readonly Role[]): ReviewKind[] =>
  mayCall('mutation', 'reviewContent', roles) ? KINDS.filter((kind) => roles.includes(DECIDES[kind])) : [];

/** The review queues these roles see: their own kinds, and every kind for admins. */
export function reviewKindsFor(roles: readonly Role[]): ReviewKind[] {
  if (!mayCall('query', 'reviewQueue', roles)) return [];
  return roles.includes('ADMIN') ? [...KINDS] : decidableKindsFor(roles);
}

/** The status an item waits in for a review of this kind. */
export const STATUS_AWAITING: Record<ReviewKind, ContentStatus> = {
  CLINICAL: 'IN_REVIEW',
  COMPLIANCE: 'IN_COMPLIANCE_REVIEW',
};

/** The review this item waits for, if any. */
export const awaitedReview = (status: ContentStatus): ReviewKind | null =>
  KINDS.find((kind) => STATUS_AWAITING[kind] === status) ?? null;

export type ContentAction =
  'edit' | 'submit' | 'schedule' | 'unschedule' | 'publish' | 'correct' | 'retract' | 'archive';

interface ActionSubject {
  status: ContentStatus;
  allowedTransitions: readonly ContentStatus[];
}

/**
 * The actions the detail page offers on an item in this status to these roles, in the order
 * shown. The transition table (allowedTransitions) says what may follow; the schema's rules say
 * who may take the step.
 */
export function contentActionsFor(content: ActionSubject, roles: readonly Role[]): ContentAction[] {
  const next = (status: ContentStatus) => content.allowedTransitions.includes(status);
  const writes = mayCall('mutation', 'createContent', roles);
  const actions: [ContentAction, boolean][] = [
    ['edit', writes && (content.status === 'DRAFT' || next('DRAFT'))],
    ['submit', mayCall('mutation', 'submitContentForReview', roles) && next('IN_REVIEW')],
    ['schedule', mayCall('mutation', 'scheduleContent', roles) && content.status === 'APPROVED' && next('SCHEDULED')],
    ['unschedule', mayCall('mutation', 'unscheduleContent', roles) && content.status === 'SCHEDULED'],
    ['publish', mayCall('mutation', 'publishContent', roles) && next('PUBLISHED')],
    // A published item is never edited in place: a correction is a new draft that replaces it.
    ['correct', mayCall('mutation', 'correctContent', roles) && content.status === 'PUBLISHED'],
    ['retract', mayCall('mutation', 'retractContent', roles) && next('RETRACTED')],
    ['archive', mayCall('mutation', 'archiveContent', roles) && next('ARCHIVED')],
  ];
  return actions.filter(([, offered]) => offered).map(([action]) => action);
}

/** Whether these roles may decide the review this item waits for. */
export const mayReview = (status: ContentStatus, roles: readonly Role[]) => {
  const kind = awaitedReview(status);
  return kind !== null && decidableKindsFor(roles).includes(kind);
};

/** Confirming that a retracted post is gone from its channel. */
export const mayConfirmTakedown = (roles: readonly Role[]) => mayCall('mutation', 'confirmTakedown', roles);

/** Commenting on an item, replying and resolving: every role that reads content. */
export const mayComment = (roles: readonly Role[]) => mayCall('mutation', 'addContentComment', roles);

/** Letting a PHI finding through with a justification: compliance officers only. */
export const mayOverridePhi = (roles: readonly Role[]) => mayCall('mutation', 'overridePhiFinding', roles);
