import type { AuditActorKind, AuditedTargetFragment } from '@/generated/graphql';
import { sourceWithVisibility } from '@/modules/feedback/utils/feedbackLabels';
import { savedReplyEditPath, threadPath } from '@/modules/feedback/utils/feedbackPaths';
import { surveyPath } from '@/modules/survey/utils/surveyPaths';
import { humanize } from '@/ui/utils/format';

/** What the log (or the home's activity) holds of one action: never values other than enums. */
export interface Audited {
  action: string;
  changes: readonly { field: string; from?: string | null; to?: string | null }[];
  changedFields?: readonly string[];
  target?: AuditedTargetFragment | null;
  targetType?: string | null;
}

/** One action in words: "{actor} {verb} {target} {detail}". */
export interface AuditSentence {
  verb: string;
  /** The target's name as the reader may see it now; null when none is named or it cannot be shown. */
  target: string | null;
  /** The target is gone, or hidden from this reader. */
  gone: boolean;
  /** The target's page in the app, when it has one and is still there. */
  targetPath: string | null;
  detail: string;
}

interface Phrase {
  verb: string;
  detail?: string;
  /** The sentence is complete without naming the target (joining, settings, exports). */
  noTarget?: boolean;
}

const valueOf = (audited: Audited, field: string) => audited.changes.find((change) => change.field === field);

function fieldsOf(audited: Audited): string {
  const names = (audited.changedFields ?? []).map((name) => humanize(name).toLowerCase());
  if (names.length === 0) return 'the details';
  if (names.length === 1) return `the ${names[0]}`;
  return `the ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function fromTo(audited: Audited, field: string): string {
  const change = valueOf(audited, field);
  if (!change?.to) return '';
  return change.from ? `from ${humanize(change.from)} to ${humanize(change.to)}` : `to ${humanize(change.to)}`;
}

/** "(now awaiting patient)": the status a reply moved its thread to, if it moved it. */
function nowIn(audited: Audited): string {
  const to = valueOf(audited, 'status')?.to;
  return to ? `(now ${humanize(to).toLowerCase()})` : '';
}

const QUESTION_VERBS: Record<string, string> = {
  APPROVE: 'approved a question in',
  REJECT: 'rejected a question in',
  RESTORE: 'restored a question in',
  MARK_ANSWERED: 'marked a question answered in',
  PIN: 'pinned a question in',
  UNPIN: 'unpinned a question in',
  EDIT: 'edited a question in',
};

/** A review's decision, told by the status it moved the item to (the audit keeps enum values only). */
const REVIEW_VERBS: Record<string, string> = {
  APPROVED: 'approved',
  // A story's clinical approval sends it on to compliance.
  IN_COMPLIANCE_REVIEW: 'approved',
  CHANGES_REQUESTED: 'requested changes to',
  REJECTED: 'rejected',
};

export const EXPORTED_LIST_LABELS: Record<string, string> = {
  CAMPAIGNS: 'the campaign list',
  AUDIENCE_SEGMENTS: 'the segment list',
  LIVE_SESSIONS: 'the live session list',
  AUDIT_LOG: 'the audit log',
};

const PHRASES: Record<string, (audited: Audited) => Phrase> = {
  createCampaign: () => ({ verb: 'created the campaign' }),
  updateCampaign: (a) => ({ verb: `changed ${fieldsOf(a)} of the campaign` }),
  changeCampaignStatus: (a) => ({ verb: 'changed the status of', detail: fromTo(a, 'status') }),
  archiveCampaign: () => ({ verb: 'archived the campaign' }),
  archiveCampaigns: () => ({ verb: 'archived several campaigns at once', noTarget: true }),
  createAudienceSegment: () => ({ verb: 'created the segment' }),
  updateAudienceSegment: (a) => ({ verb: `changed ${fieldsOf(a)} of the segment` }),
  createLiveSession: () => ({ verb: 'scheduled the live session' }),
  updateLiveSession: (a) => ({ verb: `changed ${fieldsOf(a)} of the live session` }),
  startLiveSession: () => ({ verb: 'started the live session' }),
  endLiveSession: () => ({ verb: 'ended the live session' }),
  moderateQuestion: (a) => ({ verb: QUESTION_VERBS[valueOf(a, 'action')?.to ?? ''] ?? 'moderated a question in' }),
  moderateQuestions: (a) => ({
    verb: valueOf(a, 'action')?.to === 'REJECT' ? 'rejected several questions in' : 'approved several questions in',
  }),
  joinLiveSession: () => ({ verb: 'joined a live session', noTarget: true }),
  askQuestion: () => ({ verb: 'asked a question in' }),
  upvoteQuestion: () => ({ verb: 'upvoted a question in' }),
  withdrawUpvote: () => ({ verb: 'withdrew an upvote in' }),
  // A poll is no object of its own (not a Node): named by its session, never by its question.
  launchLivePoll: () => ({ verb: 'launched a poll in' }),
  closeLivePoll: () => ({ verb: 'closed a poll in' }),
  answerLivePoll: () => ({ verb: 'answered a poll in' }),
  updateOrganizationSettings: (a) => ({
    verb: `changed ${fieldsOf(a)} of the organisation's settings`,
    noTarget: true,
  }),
  recordConsent: () => ({ verb: 'recorded the consent' }),
  attachConsentDocument: () => ({ verb: 'attached the signed document to' }),
  revokeConsent: () => ({ verb: 'recorded the revocation of' }),
  // The consent is gone by the time anyone reads this: its label is not kept.
  deleteConsent: () => ({ verb: 'deleted a consent whose retention period was over', noTarget: true }),
  requestConsent: () => ({ verb: 'sent the consent request', detail: 'for online signing' }),
  cancelConsentRequest: () => ({ verb: 'cancelled the consent request' }),
  signConsentRequest: () => ({ verb: 'signed the consent request' }),
  revokeConsentByLink: () => ({ verb: 'revoked', detail: 'through the revocation link' }),
  createContent: () => ({ verb: 'wrote the content item' }),
  updateContent: (a) => ({ verb: `changed ${fieldsOf(a)} of the content item` }),
  submitContentForReview: () => ({ verb: 'submitted', detail: 'for review' }),
  reviewContent: (a) => ({ verb: REVIEW_VERBS[valueOf(a, 'status')?.to ?? ''] ?? 'reviewed' }),
  archiveContent: () => ({ verb: 'archived the content item' }),
  scheduleContent: () => ({ verb: 'scheduled', detail: 'for publication' }),
  unscheduleContent: () => ({ verb: 'unscheduled' }),
  publishContent: () => ({ verb: 'published' }),
  retractContent: () => ({ verb: 'retracted' }),
  confirmTakedown: () => ({ verb: 'confirmed the take-down of' }),
  // The policy and the webhook are the organisation's own, with no page of an object to link to.
  updatePostingPolicy: () => ({ verb: 'wrote a new version of the posting policy', noTarget: true }),
  acknowledgePostingPolicy: () => ({ verb: 'accepted the posting policy', noTarget: true }),
  setPublishingWebhook: () => ({ verb: 'changed the publishing webhook', noTarget: true }),
  // A thread is named by its source, never by what the patient wrote (the log keeps no text).
  replyToFeedback: (a) => ({ verb: 'replied to', detail: nowIn(a) }),
  addFeedbackNote: () => ({ verb: 'added an internal note to' }),
  assignFeedback: () => ({ verb: 'changed the assignee or priority of' }),
  setFeedbackStatus: (a) => ({ verb: 'changed the status of', detail: fromTo(a, 'status') }),
  tagFeedback: () => ({ verb: 'changed the tags of' }),
  createSavedReply: () => ({ verb: 'wrote the saved reply' }),
  updateSavedReply: (a) => ({ verb: `changed ${fieldsOf(a)} of the saved reply` }),
  updateFeedbackSettings: () => ({ verb: 'changed the inbox settings', noTarget: true }),
  updateFeedbackThemeTaxonomy: () => ({
    verb: 'changed the feedback themes and the words that signal them',
    noTarget: true,
  }),
  submitFeedback: () => ({ verb: 'received feedback through the website form', noTarget: true }),
  ingestFeedback: () => ({ verb: 'brought feedback into the inbox', noTarget: true }),
  importFeedback: () => ({ verb: 'imported feedback into the inbox from a CSV file', noTarget: true }),
  recordEngagement: () => ({ verb: 'brought in engagement figures from a connected app', noTarget: true }),
  rebuildRollups: () => ({ verb: 'asked for the engagement roll-ups to be made again', noTarget: true }),
  importEngagementCsv: () => ({ verb: 'imported engagement figures from a CSV file', noTarget: true }),
  createSurvey: () => ({ verb: 'wrote the survey' }),
  updateSurvey: (a) => ({ verb: `changed ${fieldsOf(a)} of the survey` }),
  // A closed survey opened again is noted with its status, from CLOSED.
  openSurvey: (a) => ({ verb: valueOf(a, 'status')?.from === 'CLOSED' ? 'reopened the survey' : 'opened the survey' }),
  closeSurvey: () => ({ verb: 'closed the survey' }),
  // The answer is named by its survey only: the log keeps nothing a respondent wrote.
  releaseSurveyAnswer: () => ({ verb: 'released a written answer held for suspected PHI in' }),
  recordExport: (a) => ({
    verb: `exported ${EXPORTED_LIST_LABELS[valueOf(a, 'list')?.to ?? ''] ?? 'a list'} as CSV`,
    noTarget: true,
  }),
};

/** The actions the log's filter offers, in words. */
export const ACTION_OPTIONS: readonly { value: string; label: string }[] = [
  { value: 'createCampaign', label: 'Campaign created' },
  { value: 'updateCampaign', label: 'Campaign changed' },
  { value: 'changeCampaignStatus', label: 'Campaign status changed' },
  { value: 'archiveCampaign', label: 'Campaign archived' },
  { value: 'archiveCampaigns', label: 'Campaigns archived together' },
  { value: 'createAudienceSegment', label: 'Segment created' },
  { value: 'updateAudienceSegment', label: 'Segment changed' },
  { value: 'createLiveSession', label: 'Live session scheduled' },
  { value: 'updateLiveSession', label: 'Live session changed' },
  { value: 'startLiveSession', label: 'Live session started' },
  { value: 'endLiveSession', label: 'Live session ended' },
  { value: 'moderateQuestion', label: 'Question moderated' },
  { value: 'moderateQuestions', label: 'Questions moderated together' },
  { value: 'joinLiveSession', label: 'Participant joined' },
  { value: 'askQuestion', label: 'Question asked' },
  { value: 'upvoteQuestion', label: 'Question upvoted' },
  { value: 'withdrawUpvote', label: 'Upvote withdrawn' },
  { value: 'launchLivePoll', label: 'Poll launched' },
  { value: 'closeLivePoll', label: 'Poll closed' },
  { value: 'answerLivePoll', label: 'Poll answered' },
  { value: 'updateOrganizationSettings', label: 'Settings changed' },
  { value: 'recordConsent', label: 'Consent recorded' },
  { value: 'attachConsentDocument', label: 'Consent document attached' },
  { value: 'revokeConsent', label: 'Consent revoked' },
  { value: 'deleteConsent', label: 'Consent deleted' },
  { value: 'requestConsent', label: 'Consent sent for online signing' },
  { value: 'cancelConsentRequest', label: 'Signing request cancelled' },
  { value: 'signConsentRequest', label: 'Consent signed online' },
  { value: 'revokeConsentByLink', label: 'Consent revoked through its link' },
  { value: 'createContent', label: 'Content written' },
  { value: 'updateContent', label: 'Content changed' },
  { value: 'submitContentForReview', label: 'Content submitted for review' },
  { value: 'reviewContent', label: 'Content reviewed' },
  { value: 'archiveContent', label: 'Content archived' },
  { value: 'scheduleContent', label: 'Content scheduled' },
  { value: 'unscheduleContent', label: 'Content unscheduled' },
  { value: 'publishContent', label: 'Content published' },
  { value: 'retractContent', label: 'Content retracted' },
  { value: 'confirmTakedown', label: 'Take-down confirmed' },
  { value: 'updatePostingPolicy', label: 'Posting policy changed' },
  { value: 'acknowledgePostingPolicy', label: 'Posting policy accepted' },
  { value: 'setPublishingWebhook', label: 'Publishing webhook changed' },
  { value: 'replyToFeedback', label: 'Feedback answered' },
  { value: 'addFeedbackNote', label: 'Internal note added to feedback' },
  { value: 'assignFeedback', label: 'Feedback assigned' },
  { value: 'setFeedbackStatus', label: 'Feedback status changed' },
  { value: 'tagFeedback', label: 'Feedback tagged' },
  { value: 'createSavedReply', label: 'Saved reply written' },
  { value: 'updateSavedReply', label: 'Saved reply changed' },
  { value: 'updateFeedbackSettings', label: 'Inbox settings changed' },
  { value: 'updateFeedbackThemeTaxonomy', label: 'Feedback themes changed' },
  { value: 'submitFeedback', label: 'Feedback sent through the website form' },
  { value: 'ingestFeedback', label: 'Feedback brought in by a connected app' },
  { value: 'importFeedback', label: 'Feedback imported from a CSV file' },
  { value: 'recordEngagement', label: 'Engagement brought in by a connected app' },
  { value: 'rebuildRollups', label: 'Engagement roll-ups rebuilt' },
  { value: 'importEngagementCsv', label: 'Engagement imported from a CSV file' },
  { value: 'createSurvey', label: 'Survey written' },
  { value: 'updateSurvey', label: 'Survey changed' },
  { value: 'openSurvey', label: 'Survey opened' },
  { value: 'closeSurvey', label: 'Survey closed' },
  { value: 'releaseSurveyAnswer', label: 'Held survey answer released' },
  { value: 'recordExport', label: 'List exported' },
];

export const TARGET_TYPE_OPTIONS: readonly { value: string; label: string }[] = [
  { value: 'Campaign', label: 'Campaigns' },
  { value: 'AudienceSegment', label: 'Segments' },
  { value: 'LiveSession', label: 'Live sessions' },
  { value: 'LiveQuestion', label: 'Questions' },
  { value: 'Consent', label: 'Consents' },
  { value: 'ConsentRequest', label: 'Signing requests' },
  { value: 'Content', label: 'Content' },
  { value: 'FeedbackThread', label: 'Feedback threads' },
  { value: 'SavedReply', label: 'Saved replies' },
  { value: 'Survey', label: 'Surveys' },
];

function targetOf(target: AuditedTargetFragment): { label: string; path: string | null } {
  switch (target.__typename) {
    case 'Campaign':
      return { label: target.name, path: `/campaigns/${encodeURIComponent(target.id)}` };
    case 'AudienceSegment':
      return { label: target.name, path: `/segments/${encodeURIComponent(target.id)}` };
    case 'LiveSession':
      return { label: target.title, path: `/live-sessions/${encodeURIComponent(target.id)}` };
    case 'Consent':
      return { label: target.label, path: `/consents/${encodeURIComponent(target.id)}` };
    case 'ConsentRequest':
      return { label: target.scope, path: `/consents/requests/${encodeURIComponent(target.id)}` };
    case 'Content':
      return { label: target.title, path: `/content/${encodeURIComponent(target.id)}` };
    case 'FeedbackThread':
      return { label: sourceWithVisibility(target), path: threadPath(target.id) };
    case 'SavedReply':
      return { label: target.title, path: savedReplyEditPath(target.id) };
    case 'Survey':
      return { label: target.title, path: surveyPath(target.id) };
    case 'LiveQuestion':
      return { label: target.session.title, path: `/live-sessions/${encodeURIComponent(target.session.id)}` };
    default:
      return { label: humanize(target.__typename ?? 'object').toLowerCase(), path: null };
  }
}

export function auditSentence(audited: Audited): AuditSentence {
  const phrase = PHRASES[audited.action]?.(audited) ?? { verb: `${humanize(audited.action).toLowerCase()}:` };
  const detail = phrase.detail ?? '';
  if (phrase.noTarget) return { verb: phrase.verb, target: null, gone: false, targetPath: null, detail };
  if (audited.target) {
    const { label, path } = targetOf(audited.target);
    return { verb: phrase.verb, target: label, gone: false, targetPath: path, detail };
  }
  return { verb: phrase.verb, target: null, gone: Boolean(audited.targetType), targetPath: null, detail };
}

/** The sentence as plain text, e.g. for a CSV file. */
export function auditSentenceText(actor: string, sentence: AuditSentence): string {
  const target = sentence.target ? `“${sentence.target}”` : sentence.gone ? '(no longer available)' : '';
  return [actor, sentence.verb, target, sentence.detail].filter(Boolean).join(' ');
}

/** Actions only a patient takes, through a signing or revocation link (for lists that carry no actor kind). */
export const PATIENT_ACTIONS: ReadonlySet<string> = new Set(['signConsentRequest', 'revokeConsentByLink']);

/** Who acted, in words: staff by name; members of the public, patients and apps without one. */
export function actorName(
  kind: AuditActorKind | undefined,
  actor: { name?: string | null; email?: string | null },
): string {
  if (kind === 'AUDIENCE') return 'A participant';
  // Through a signing or revocation link: the pseudonymous subject ID is no name to show.
  if (kind === 'PATIENT') return 'The patient';
  if (kind === 'CLIENT') return 'A connected app';
  return actor.name ?? actor.email ?? 'A former colleague';
}
