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
/** Seeing the consent registry: at least each consent's scope (status, categories, channels, purposes, expiry). */
export const canReadConsents = allowedTo('query', 'consents');
/** Recording, revoking and deleting consents and attaching their signed documents. */
export const canWriteConsents = allowedTo('mutation', 'recordConsent');
/**
 * Reading a consent's patient, signature, statements and document. The schema gives those fields
 * the roles of the consent's access log (consentAccess.test checks that it still does), so the
 * root field's rule stands for them: the SPA then never asks for a field the server answers null.
 */
export const canReadConsentPatients = allowedTo('query', 'consentAccessLog');
/** Sending a consent for online signing (the one-time link) and cancelling the request. */
export const canRequestConsents = allowedTo('mutation', 'requestConsent');
/** Seeing the online signing requests. */
export const canReadConsentRequests = allowedTo('query', 'consentRequests');
/** Seeing the content list, items and their workflow. */
export const canReadContent = allowedTo('query', 'contents');
/** Writing, submitting, scheduling, publishing and archiving content. */
export const canWriteContent = allowedTo('mutation', 'createContent');
/** Deciding a clinical or compliance review (which kind, by role: see modules/content/utils/contentAccess). */
export const canReviewContent = allowedTo('mutation', 'reviewContent');
/** Seeing the review queues. */
export const canSeeReviewQueue = allowedTo('query', 'reviewQueue');
/** Retracting published content and confirming its take-downs. */
export const canRetractContent = allowedTo('mutation', 'retractContent');
/** Seeing the content calendar: scheduled and published posts by day, and the posting cadence. */
export const canSeeContentCalendar = allowedTo('query', 'contentCalendar');
/** Reading the organisation's posting policy and its rules. */
export const canReadPostingPolicy = allowedTo('query', 'postingPolicy');
/** Writing a new version of the posting policy, which every writer accepts again. */
export const canChangePostingPolicy = allowedTo('mutation', 'updatePostingPolicy');
/** Setting, replacing and stopping the publishing webhook (and seeing where it points). */
export const canManagePublishingWebhook = allowedTo('mutation', 'setPublishingWebhook');

/** Reading the patient feedback inbox (a clinical reviewer: the threads assigned to them). */
export const canReadInbox = allowedTo('query', 'feedbackThreads');
/** Following the inbox live (feedbackInboxEvents): not clinical reviewers, who read only their own threads. */
export const canFollowInbox = allowedTo('subscription', 'feedbackInboxEvents');
/** Replying to patients, with the reply guard screening the draft as it is typed. */
export const canReplyToFeedback = allowedTo('mutation', 'replyToFeedback');
/** Working a thread: internal notes, assignment and priority, status, tags. */
export const canWorkFeedback = allowedTo('mutation', 'assignFeedback');
/** Reading the saved replies. */
export const canReadSavedReplies = allowedTo('query', 'savedReplies');
/** Writing and editing saved replies. */
export const canWriteSavedReplies = allowedTo('mutation', 'createSavedReply');
/** Reading the inbox settings (first-response times, the website form). */
export const canReadFeedbackSettings = allowedTo('query', 'feedbackSettings');
/** Changing the inbox settings. */
export const canChangeFeedbackSettings = allowedTo('mutation', 'updateFeedbackSettings');
/** Bringing feedback in from a platform's CSV export (importFeedback). */
export const canImportFeedback = allowedTo('mutation', 'importFeedback');

/** Seeing surveys and quizzes and their results (aggregates). */
export const canReadSurveys = allowedTo('query', 'surveys');
/** Writing surveys and quizzes, opening and closing them. */
export const canWriteSurveys = allowedTo('mutation', 'createSurvey');
/** Showing a free-text answer the PHI scanner held back, once a person has judged it safe. */
export const canReleaseSurveyAnswers = allowedTo('mutation', 'releaseSurveyAnswer');

/** Reading the themes and sentiment of patient feedback (aggregates only: analysts too). */
export const canReadFeedbackThemes = allowedTo('query', 'feedbackThemes');
/** Reading the clinical-service taxonomy the themes count (a thread's theme keys as labels). */
export const canReadThemeTaxonomy = allowedTo('query', 'feedbackThemeTaxonomy');
/** Changing the taxonomy: its labels and cues, and the organisation's own themes. */
export const canChangeThemeTaxonomy = allowedTo('mutation', 'updateFeedbackThemeTaxonomy');
/**
 * Sending a reply the guard refused, with a justification. The schema gives replyToFeedback one
 * rule for every inbox role and the server refuses an override from anyone but a compliance
 * officer, so this rule is not in the generated rules and is kept here.
 */
export const canOverrideReplyGuard = (roles: readonly Role[]) => roles.includes('COMPLIANCE_OFFICER');

const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  MARKETER: 'Marketer',
  CLINICAL_REVIEWER: 'Clinical reviewer',
  COMPLIANCE_OFFICER: 'Compliance officer',
  MODERATOR: 'Moderator',
  ANALYST: 'Analyst',
};

export const roleLabel = (role: Role) => ROLE_LABELS[role];
/** Importing engagement figures from CSV files (the platforms' exports, CarePulse's layout). */
export const canImportEngagement = allowedTo('mutation', 'importEngagementCsv');
/** Reading the engagement figures (every staff role: figures only). */
export const canReadAnalytics = allowedTo('query', 'engagementSeries');
