import type { OrganizationSettingsFormField, OrganizationSettingsFormValues } from './organizationSettingsFormValues';

export const MAX_QUESTION_RETENTION_DAYS = 3650;

const POSITIVE_WHOLE_NUMBER = /^[1-9]\d*$/;

/** Catches what GraphQL cannot parse and the range of days; the server checks the time zone. */
export function validateOrganizationSettingsForm(
  values: OrganizationSettingsFormValues,
): Partial<Record<OrganizationSettingsFormField, string>> {
  const errors: Partial<Record<OrganizationSettingsFormField, string>> = {};
  if (!values.timezone.trim()) errors.timezone = 'Choose a time zone';
  const days = values.questionRetentionDays.trim();
  if (!POSITIVE_WHOLE_NUMBER.test(days) || Number(days) > MAX_QUESTION_RETENTION_DAYS) {
    errors.questionRetentionDays = `Enter a whole number of days from 1 to ${MAX_QUESTION_RETENTION_DAYS}`;
  }
  return errors;
}
