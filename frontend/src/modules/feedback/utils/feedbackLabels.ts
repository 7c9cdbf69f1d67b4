import type { FeedbackPriority, FeedbackSource, FeedbackStatus, FeedbackVisibility } from '@/generated/graphql';
import type { BadgeTone } from '@/ui/data-display/Badge';
import type { Option } from '@/ui/form/SelectField';

// Each table is typed by a generated enum: a value added to the schema fails the build until labelled.
export const SOURCE_LABELS: Record<FeedbackSource, string> = {
  FACEBOOK_COMMENT: 'Facebook comment',
  FACEBOOK_MESSAGE: 'Facebook message',
  INSTAGRAM_COMMENT: 'Instagram comment',
  INSTAGRAM_DM: 'Instagram direct message',
  X_REPLY: 'X reply',
  X_DM: 'X direct message',
  LINKEDIN_COMMENT: 'LinkedIn comment',
  GOOGLE_REVIEW: 'Google review',
  YELP_REVIEW: 'Yelp review',
  WEBSITE_FORM: 'Website form',
  SURVEY: 'Survey answer',
  LIVE_QA: 'Live Q&A question',
  EMAIL: 'E-mail',
  PHONE_NOTE: 'Phone call note',
};

/** Said beside the source, so nobody answers a public comment as if it were a private message. */
export const VISIBILITY_LABELS: Record<FeedbackVisibility, string> = {
  PUBLIC: 'public',
  PRIVATE: 'private',
};

export const VISIBILITY_EXPLANATIONS: Record<FeedbackVisibility, string> = {
  PUBLIC: 'Public: anyone can read this thread and every reply to it.',
  PRIVATE: 'Private: a message to your organisation only.',
};

export const STATUS_LABELS: Record<FeedbackStatus, string> = {
  NEW: 'New',
  OPEN: 'Open',
  AWAITING_PATIENT: 'Waiting for the patient',
  RESOLVED: 'Resolved',
  ESCALATED: 'Escalated',
};

export const STATUS_TONES: Record<FeedbackStatus, BadgeTone> = {
  NEW: 'info',
  OPEN: 'neutral',
  AWAITING_PATIENT: 'muted',
  RESOLVED: 'success',
  ESCALATED: 'warning',
};

export const PRIORITY_LABELS: Record<FeedbackPriority, string> = {
  URGENT: 'Urgent',
  HIGH: 'High',
  NORMAL: 'Normal',
  LOW: 'Low',
};

const toOptions = <V extends string>(labels: Record<V, string>): Option<V>[] =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

export const SOURCE_OPTIONS = toOptions(SOURCE_LABELS);
export const STATUS_OPTIONS = toOptions(STATUS_LABELS);
/** Most pressing first. */
export const PRIORITY_OPTIONS = toOptions(PRIORITY_LABELS);
export const PRIORITIES = Object.keys(PRIORITY_LABELS) as FeedbackPriority[];

export const isFeedbackStatus = (value: string | null): value is FeedbackStatus =>
  value !== null && value in STATUS_LABELS;
export const isFeedbackSource = (value: string | null): value is FeedbackSource =>
  value !== null && value in SOURCE_LABELS;

/** "Google review (public)": where it came from and who can read it, in one phrase. */
export const sourceWithVisibility = (thread: { source: FeedbackSource; visibility: FeedbackVisibility }) =>
  `${SOURCE_LABELS[thread.source]} (${VISIBILITY_LABELS[thread.visibility]})`;

/** What turning the website form on allows, for the admin who decides and the staff who read it. */
export const WEBSITE_FORM_EXPLANATION =
  'When this is on, anyone can send a message to your inbox from the feedback form on your website, without signing in (at most 20 an hour from one address). Turn it on once the form is on your website: what people write may hold health information, which the inbox checks for.';
