import type { OrganizationSettingsFieldsFragment } from '@/generated/graphql';

/** What the settings form edits: the number of days as the text the input holds. */
export interface OrganizationSettingsFormValues {
  /** An IANA time zone, e.g. America/Los_Angeles. */
  timezone: string;
  questionRetentionDays: string;
}

/** Named like the last element of a userError path: ["input", "timezone"] → timezone. */
export const ORGANIZATION_SETTINGS_FORM_FIELDS = ['timezone', 'questionRetentionDays'] as const;

export type OrganizationSettingsFormField = (typeof ORGANIZATION_SETTINGS_FORM_FIELDS)[number];

export function organizationSettingsToFormValues(
  settings: Pick<OrganizationSettingsFieldsFragment, 'timezone' | 'questionRetentionDays'>,
): OrganizationSettingsFormValues {
  return { timezone: settings.timezone, questionRetentionDays: String(settings.questionRetentionDays) };
}
