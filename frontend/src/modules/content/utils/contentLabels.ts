import type {
  ContentFormat,
  ContentStatus,
  MediaKind,
  PublicationState,
  ReviewDecision,
  ReviewKind,
  TakedownState,
} from '@/generated/graphql';
import type { BadgeTone } from '@/ui/data-display/Badge';
import type { Option } from '@/ui/form/SelectField';

// Each table is typed by a generated enum: a value added to the schema fails the build until labelled.
export const FORMAT_LABELS: Record<ContentFormat, string> = {
  HEALTH_TIP: 'Health tip',
  ARTICLE: 'Article',
  VIDEO: 'Video',
  INFOGRAPHIC: 'Infographic',
  IMAGE: 'Image',
  PODCAST: 'Podcast',
  POLL: 'Poll',
  QUIZ: 'Quiz',
  PATIENT_STORY: 'Patient story',
  BEHIND_THE_SCENES: 'Behind the scenes',
  LIVE_QA_PROMO: 'Live Q&A promotion',
  EVENT: 'Event',
  USER_GENERATED: 'User-generated',
};

export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In clinical review',
  CHANGES_REQUESTED: 'Changes requested',
  IN_COMPLIANCE_REVIEW: 'In compliance review',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  RETRACTED: 'Retracted',
  ARCHIVED: 'Archived',
};

export const CONTENT_STATUS_TONES: Record<ContentStatus, BadgeTone> = {
  DRAFT: 'neutral',
  IN_REVIEW: 'info',
  CHANGES_REQUESTED: 'warning',
  IN_COMPLIANCE_REVIEW: 'info',
  APPROVED: 'success',
  REJECTED: 'warning',
  SCHEDULED: 'info',
  PUBLISHED: 'success',
  RETRACTED: 'warning',
  ARCHIVED: 'muted',
};

export const DECISION_LABELS: Record<ReviewDecision, string> = {
  APPROVE: 'Approve',
  REQUEST_CHANGES: 'Request changes',
  REJECT: 'Reject',
};

/** The decision as it reads in a review's history. */
export const DECISION_PAST: Record<ReviewDecision, string> = {
  APPROVE: 'Approved',
  REQUEST_CHANGES: 'Changes requested',
  REJECT: 'Rejected',
};

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  CLINICAL: 'Clinical review',
  COMPLIANCE: 'Compliance review',
};

export const MEDIA_KIND_LABELS: Record<MediaKind, string> = {
  IMAGE: 'Image',
  INFOGRAPHIC: 'Infographic',
  VIDEO: 'Video',
  PODCAST: 'Podcast',
};

export const PUBLICATION_STATE_LABELS: Record<PublicationState, string> = {
  PENDING: 'Pending',
  PUBLISHING: 'Publishing',
  PUBLISHED: 'Published',
  FAILED: 'Failed',
  RETRACTED: 'Retracted',
};

export const TAKEDOWN_STATE_LABELS: Record<TakedownState, string> = {
  OPEN: 'Open',
  CONFIRMED: 'Confirmed',
};

const toOptions = <V extends string>(labels: Record<V, string>): Option<V>[] =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

export const FORMAT_OPTIONS = toOptions(FORMAT_LABELS);
export const CONTENT_STATUS_OPTIONS = toOptions(CONTENT_STATUS_LABELS);
export const DECISION_OPTIONS = toOptions(DECISION_LABELS);
export const MEDIA_KIND_OPTIONS = toOptions(MEDIA_KIND_LABELS);

const isIn =
  <V extends string>(labels: Record<V, string>) =>
  (value: string | null): value is V =>
    value !== null && Object.hasOwn(labels, value);

export const isContentFormat = isIn(FORMAT_LABELS);
export const isContentStatus = isIn(CONTENT_STATUS_LABELS);

/** Stories about a patient need a linked consent (PATIENT_STORY and USER_GENERATED). */
export const isAboutAPatient = (format: ContentFormat | '') =>
  format === 'PATIENT_STORY' || format === 'USER_GENERATED';

/** Pictures need alt text; sound and video need captions or a transcript. */
export const isPicture = (kind: MediaKind | '') => kind === 'IMAGE' || kind === 'INFOGRAPHIC';
