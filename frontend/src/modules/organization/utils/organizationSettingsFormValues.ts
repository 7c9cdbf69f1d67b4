import type { MissedPublications, OrganizationSettingsFieldsFragment } from '@/generated/graphql';

/** What the settings form edits: the number of days as the text the input holds. */
export interface OrganizationSettingsFormValues {
  /** An IANA time zone, e.g. America/Los_Angeles. */
  timezone: string;
  questionRetentionDays: string;
  reviewValidityDays: string;
  /** One entry per line. */
  phiAllowList: string;
  missedPublications: MissedPublications;
}

/** Named like the last element of a userError path: ["input", "timezone"] → timezone. */
export const ORGANIZATION_SETTINGS_FORM_FIELDS = [
  'timezone',
  'questionRetentionDays',
  'reviewValidityDays',
  'phiAllowList',
  'missedPublications',
] as const;

export type OrganizationSettingsFormField = (typeof ORGANIZATION_SETTINGS_FORM_FIELDS)[number];

export function organizationSettingsToFormValues(
  settings: Pick<
    OrganizationSettingsFieldsFragment,
    'timezone' | 'questionRetentionDays' | 'reviewValidityDays' | 'phiAllowList' | 'missedPublications'
  >,
): OrganizationSettingsFormValues {
  return {
    timezone: settings.timezone,
    questionRetentionDays: String(settings.questionRetentionDays),
    reviewValidityDays: String(settings.reviewValidityDays),
    phiAllowList: settings.phiAllowList.join('\n'),
    missedPublications: settings.missedPublications,
  };
}
