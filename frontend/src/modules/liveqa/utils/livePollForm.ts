import type { LaunchLivePollInput, UserErrorFieldsFragment } from '@/generated/graphql';

// The server's limits (LaunchLivePollInput), checked here first in the same words.
export const POLL_QUESTION_MAX = 200;
export const POLL_OPTION_MAX = 80;
export const POLL_OPTIONS_MIN = 2;
export const POLL_OPTIONS_MAX = 6;

export interface PollOptionRow {
  /** Stable React key for a row that has no id of its own. */
  key: string;
  label: string;
}

export interface LivePollFormValues {
  question: string;
  options: PollOptionRow[];
}

/** Named like the input's fields, which the server's userErrors name. */
export const LIVE_POLL_FORM_FIELDS = ['question', 'options'] as const;
export type LivePollFormField = (typeof LIVE_POLL_FORM_FIELDS)[number];

export const LIVE_POLL_LABELS: Record<LivePollFormField, string> = {
  question: 'Question',
  options: 'Choices',
};

let rowCounter = 0;
export const newPollOptionRow = (label = ''): PollOptionRow => ({ key: `poll-option-${++rowCounter}`, label });

/** A fresh form: a question and the two choices every poll needs. */
export const emptyLivePollForm = (): LivePollFormValues => ({
  question: '',
  options: [newPollOptionRow(), newPollOptionRow()],
});

export const pollOptionLabel = (index: number) => `Choice ${index + 1}`;

/** What the server would refuse, told before sending; choices are named by their number. */
export function validateLivePollForm(values: LivePollFormValues): Partial<Record<LivePollFormField, string>> {
  const errors: Partial<Record<LivePollFormField, string>> = {};
  const question = values.question.trim();
  if (!question) errors.question = 'Enter the question to ask';
  else if (question.length > POLL_QUESTION_MAX)
    errors.question = `Keep the question to ${POLL_QUESTION_MAX} characters or fewer (${question.length} now)`;

  const labels = values.options.map((option) => option.label.trim());
  const problems = labels.flatMap((label, index) => {
    const name = pollOptionLabel(index);
    if (!label) return [`${name}: enter the choice or remove it.`];
    if (label.length > POLL_OPTION_MAX) return [`${name}: keep it to ${POLL_OPTION_MAX} characters or fewer.`];
    const first = labels.findIndex((other) => other.toLocaleLowerCase() === label.toLocaleLowerCase());
    return first < index ? [`${name}: it is the same as ${pollOptionLabel(first).toLowerCase()}.`] : [];
  });
  if (labels.length < POLL_OPTIONS_MIN) problems.unshift(`Give at least ${POLL_OPTIONS_MIN} choices.`);
  if (labels.length > POLL_OPTIONS_MAX) problems.unshift(`Give ${POLL_OPTIONS_MAX} choices or fewer.`);
  if (problems.length > 0) errors.options = problems.join(' ');
  return errors;
}

export const buildLaunchLivePollInput = (sessionId: string, values: LivePollFormValues): LaunchLivePollInput => ({
  sessionId,
  question: values.question.trim(),
  options: values.options.map((option) => option.label.trim()),
});

/**
 * The server names a choice by its place in the input, ["input", "options", "2"]; the form shows
 * it on the choices' group, named as the form numbers them ("Choice 3: …"). An error on the
 * session (a poll already open, the session not live) belongs to the form as a whole.
 */
export function routeLivePollErrors(userErrors: readonly UserErrorFieldsFragment[]): UserErrorFieldsFragment[] {
  return userErrors.map((error) => {
    const path = error.field ?? [];
    const at = path.indexOf('options');
    const index = at >= 0 ? path[at + 1] : undefined;
    if (index === undefined || !/^\d+$/.test(index)) return error;
    return { ...error, field: ['input', 'options'], message: `${pollOptionLabel(Number(index))}: ${error.message}` };
  });
}
