import type { SurveyKind, SurveyQuestionType, SurveyStatus } from '@/generated/graphql';
import type { BadgeTone } from '@/ui/data-display/Badge';
import type { Option } from '@/ui/form/SelectField';

// Each table is typed by a generated enum: a value added to the schema fails the build until labelled.
export const KIND_LABELS: Record<SurveyKind, string> = { SURVEY: 'Survey', QUIZ: 'Quiz' };

export const STATUS_LABELS: Record<SurveyStatus, string> = { DRAFT: 'Draft', OPEN: 'Open', CLOSED: 'Closed' };

export const STATUS_TONES: Record<SurveyStatus, BadgeTone> = { DRAFT: 'neutral', OPEN: 'success', CLOSED: 'muted' };

export const QUESTION_TYPE_LABELS: Record<SurveyQuestionType, string> = {
  SINGLE_CHOICE: 'One choice',
  MULTIPLE_CHOICE: 'Several choices',
  RATING: 'Rating, 1 to 5 stars',
  NPS: 'Net Promoter Score, 0 to 10',
  FREE_TEXT: 'Free text',
};

/** The button that moves a survey to a status, from the one it is in. */
export function statusActionLabel(from: SurveyStatus, to: SurveyStatus): string {
  if (to === 'OPEN') return from === 'CLOSED' ? 'Reopen survey' : 'Open survey';
  if (to === 'CLOSED') return 'Close survey';
  return `Move to ${STATUS_LABELS[to].toLowerCase()}`;
}

const options = <V extends string>(labels: Record<V, string>): Option<V>[] =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

export const KIND_OPTIONS = options(KIND_LABELS);
export const STATUS_OPTIONS = options(STATUS_LABELS);
export const QUESTION_TYPE_OPTIONS = options(QUESTION_TYPE_LABELS);

export const isSurveyStatus = (value: string | null): value is SurveyStatus => value !== null && value in STATUS_LABELS;
export const isSurveyKind = (value: string | null): value is SurveyKind => value !== null && value in KIND_LABELS;
export const isChoiceQuestion = (type: SurveyQuestionType | '') =>
  type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';

/** "0.42" → "42%"; a share the API leaves null (nobody yet) reads as a dash. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return `${Math.round(share * 100)}%`;
}

/** A percentage the API gives from 0 to 100, to one decimal when it has one: "33.3%", "50%". */
export function formatPercent(percent: number): string {
  return `${Math.round(percent * 10) / 10}%`;
}
