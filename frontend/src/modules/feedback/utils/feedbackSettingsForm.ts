import type {
  FeedbackPriority,
  FeedbackSettingsFieldsFragment,
  UpdateFeedbackSettingsInput,
  UserErrorFieldsFragment,
} from '@/generated/graphql';
import type { ConflictField } from '@/modules/api/hooks/useEditConflict';
import { PRIORITIES, PRIORITY_LABELS } from './feedbackLabels';

/** The server's longest first-response time: 30 days. */
export const FIRST_RESPONSE_MINUTES_MAX = 30 * 24 * 60;

/** Minutes per priority as their inputs hold them, and the website form on or off. */
export type FeedbackSettingsFormValues = Record<FeedbackPriority, string> & { websiteForm: boolean };
export type FeedbackSettingsFormField = FeedbackPriority | 'websiteForm';
export const FEEDBACK_SETTINGS_FORM_FIELDS: readonly FeedbackSettingsFormField[] = [...PRIORITIES, 'websiteForm'];

export const FEEDBACK_SETTINGS_LABELS: Record<FeedbackSettingsFormField, string> = {
  ...(Object.fromEntries(PRIORITIES.map((priority) => [priority, `${PRIORITY_LABELS[priority]} (minutes)`])) as Record<
    FeedbackPriority,
    string
  >),
  websiteForm: 'Take feedback from the form on our website',
};

export function feedbackSettingsToFormValues(
  settings: Pick<FeedbackSettingsFieldsFragment, 'firstResponseMinutes' | 'websiteForm'>,
): FeedbackSettingsFormValues {
  const minutes = (priority: FeedbackPriority) =>
    String(settings.firstResponseMinutes.find((time) => time.priority === priority)?.minutes ?? '');
  return {
    URGENT: minutes('URGENT'),
    HIGH: minutes('HIGH'),
    NORMAL: minutes('NORMAL'),
    LOW: minutes('LOW'),
    websiteForm: settings.websiteForm,
  };
}

const WHOLE = /^\d+$/;

export function validateFeedbackSettingsForm(
  values: FeedbackSettingsFormValues,
): Partial<Record<FeedbackSettingsFormField, string>> {
  const errors: Partial<Record<FeedbackSettingsFormField, string>> = {};
  for (const priority of PRIORITIES) {
    const text = values[priority].trim();
    const minutes = Number(text);
    if (!text) errors[priority] = 'Enter a number of minutes';
    else if (!WHOLE.test(text) || minutes < 1 || minutes > FIRST_RESPONSE_MINUTES_MAX)
      errors[priority] =
        `Enter a number of minutes from 1 to ${FIRST_RESPONSE_MINUTES_MAX.toLocaleString('en-US')} (30 days)`;
  }
  return errors;
}

/** Every priority's time, in PRIORITIES order (routeFeedbackSettingsErrors reads the index back), and the form. */
export const buildUpdateFeedbackSettingsInput = (
  values: FeedbackSettingsFormValues,
  version: number,
): UpdateFeedbackSettingsInput => ({
  expectedVersion: version,
  firstResponseMinutes: PRIORITIES.map((priority) => ({ priority, minutes: Number(values[priority].trim()) })),
  websiteForm: values.websiteForm,
});

/** ["input", "firstResponseMinutes", "2", "minutes"] → ["input", "NORMAL"]: the error goes to that priority's input. */
export const routeFeedbackSettingsErrors = (errors: readonly UserErrorFieldsFragment[]): UserErrorFieldsFragment[] =>
  errors.map((error) => {
    const path = error.field ?? [];
    const at = path.indexOf('firstResponseMinutes');
    const priority = at >= 0 ? PRIORITIES[Number(path[at + 1])] : undefined;
    return priority ? { ...error, field: ['input', priority] } : error;
  });

export const FEEDBACK_SETTINGS_CONFLICT_FIELDS: readonly ConflictField<FeedbackSettingsFormValues>[] = [
  ...PRIORITIES.map((priority): ConflictField<FeedbackSettingsFormValues> => ({
    key: priority,
    label: `${PRIORITY_LABELS[priority]}: first reply within`,
    format: (v) => `${v[priority].trim()} min`,
  })),
  { key: 'websiteForm', label: 'Website form', format: (v) => (v.websiteForm ? 'On' : 'Off') },
];
