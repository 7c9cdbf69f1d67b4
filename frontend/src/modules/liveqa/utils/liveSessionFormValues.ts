import type { LiveSessionDetailFragment, ModerationMode } from '@/generated/graphql';
import { isoToLocalDateTime } from './localDateTimeToIso';

/** What the live-session form edits: numbers and the start as the text the inputs hold. */
export interface LiveSessionFormValues {
  title: string;
  description: string;
  hostName: string;
  hostCredentials: string;
  /** A datetime-local value in the browser's time zone, e.g. 2026-12-01T18:30. */
  scheduledStart: string;
  streamUrl: string;
  /** Global IDs of the staff who will run the session. */
  moderatorIds: string[];
  anonymousQuestionsAllowed: boolean;
  moderationMode: ModerationMode;
  questionLengthLimit: string;
  questionsPerMinute: string;
  profanityFilter: boolean;
  earlyQuestionsAllowed: boolean;
  publishRecap: boolean;
}

/** Named like the last known segment of a userError path: ["input", "host", "name"] → name. */
export const LIVE_SESSION_FORM_FIELDS = [
  'title',
  'description',
  'host',
  'name',
  'credentials',
  'scheduledStart',
  'streamUrl',
  'moderatorIds',
  'settings',
  'anonymousQuestionsAllowed',
  'moderationMode',
  'questionLengthLimit',
  'questionsPerMinute',
  'profanityFilter',
  'earlyQuestionsAllowed',
  'publishRecap',
] as const;

export type LiveSessionFormField = (typeof LIVE_SESSION_FORM_FIELDS)[number];

/** The settings defaults of LiveSessionSettingsInput. */
export const EMPTY_LIVE_SESSION_FORM: LiveSessionFormValues = {
  title: '',
  description: '',
  hostName: '',
  hostCredentials: '',
  scheduledStart: '',
  streamUrl: '',
  moderatorIds: [],
  anonymousQuestionsAllowed: true,
  moderationMode: 'PRE_MODERATION',
  questionLengthLimit: '500',
  questionsPerMinute: '3',
  profanityFilter: true,
  earlyQuestionsAllowed: false,
  publishRecap: false,
};

/** A session as the form edits it: the start in the browser's time zone, numbers as text. */
export function liveSessionToFormValues(session: LiveSessionDetailFragment): LiveSessionFormValues {
  const { settings } = session;
  return {
    title: session.title,
    description: session.description ?? '',
    hostName: session.host.name,
    hostCredentials: session.host.credentials ?? '',
    scheduledStart: isoToLocalDateTime(session.scheduledStart),
    streamUrl: session.streamUrl ?? '',
    moderatorIds: session.moderators.map((moderator) => moderator.id),
    anonymousQuestionsAllowed: settings.anonymousQuestionsAllowed,
    moderationMode: settings.moderationMode,
    questionLengthLimit: String(settings.questionLengthLimit),
    questionsPerMinute: String(settings.questionsPerMinute),
    profanityFilter: settings.profanityFilter,
    earlyQuestionsAllowed: settings.earlyQuestionsAllowed,
    publishRecap: settings.publishRecap,
  };
}
