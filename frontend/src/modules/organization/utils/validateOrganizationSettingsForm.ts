import type { OrganizationSettingsFormField, OrganizationSettingsFormValues } from './organizationSettingsFormValues';
import { validatePostingTargets } from './postingTargets';

export const MAX_QUESTION_RETENTION_DAYS = 3650;
export const MAX_ALLOW_LIST_ENTRIES = 200;

/** The allow-list's entries: one per line, trimmed, blank lines and repeats dropped. */
export function allowListEntries(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

const POSITIVE_WHOLE_NUMBER = /^[1-9]\d*$/;

/** Catches what GraphQL cannot parse and the ranges of numbers; the server checks the time zone. */
export function validateOrganizationSettingsForm(
  values: OrganizationSettingsFormValues,
): Partial<Record<OrganizationSettingsFormField, string>> {
  const errors: Partial<Record<OrganizationSettingsFormField, string>> = {};
  if (!values.timezone.trim()) errors.timezone = 'Choose a time zone';
  const days = values.questionRetentionDays.trim();
  if (!POSITIVE_WHOLE_NUMBER.test(days) || Number(days) > MAX_QUESTION_RETENTION_DAYS) {
    errors.questionRetentionDays = `Enter a whole number of days from 1 to ${MAX_QUESTION_RETENTION_DAYS}`;
  }
  const validity = values.reviewValidityDays.trim();
  if (!POSITIVE_WHOLE_NUMBER.test(validity) || Number(validity) > MAX_QUESTION_RETENTION_DAYS) {
    errors.reviewValidityDays = `Enter a whole number of days from 1 to ${MAX_QUESTION_RETENTION_DAYS}`;
  }
  const entries = allowListEntries(values.phiAllowList);
  if (entries.length > MAX_ALLOW_LIST_ENTRIES) {
    errors.phiAllowList = `Enter ${MAX_ALLOW_LIST_ENTRIES} entries or fewer`;
  } else if (entries.some((entry) => entry.length > 200)) {
    errors.phiAllowList = 'Each entry must be 200 characters or fewer';
  }
  // Last, as the targets come last in the form: the error summary lists fields in its order.
  return { ...errors, ...validatePostingTargets(values) };
}
