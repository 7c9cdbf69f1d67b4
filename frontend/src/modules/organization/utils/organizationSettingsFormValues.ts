import type { MissedPublications, OrganizationSettingsFieldsFragment } from '@/generated/graphql';
import {
  POSTING_TARGET_FIELDS,
  postingTargetsToFormValues,
  type PostingTargetField,
  type PostingTargetValues,
} from './postingTargets';

/** What the settings form edits: numbers as the text their inputs hold, a posting target per channel. */
export interface OrganizationSettingsFormValues extends PostingTargetValues {
  /** An IANA time zone, e.g. America/Los_Angeles. */
  timezone: string;
  questionRetentionDays: string;
  reviewValidityDays: string;
  /** One entry per line. */
  phiAllowList: string;
  missedPublications: MissedPublications;
}

/** Named like the last element of a userError path: ["input", "timezone"] → timezone. */
const SETTINGS_FIELDS = [
  'timezone',
  'questionRetentionDays',
  'reviewValidityDays',
  'phiAllowList',
  'missedPublications',
] as const;

/** A setting, or a channel's posting target (routePostingTargetErrors names the latter's userErrors). */
export type OrganizationSettingsFormField = (typeof SETTINGS_FIELDS)[number] | PostingTargetField;

export const ORGANIZATION_SETTINGS_FORM_FIELDS: readonly OrganizationSettingsFormField[] = [
  ...SETTINGS_FIELDS,
  ...POSTING_TARGET_FIELDS,
];

export function organizationSettingsToFormValues(
  settings: Pick<
    OrganizationSettingsFieldsFragment,
    | 'timezone'
    | 'questionRetentionDays'
    | 'reviewValidityDays'
    | 'phiAllowList'
    | 'missedPublications'
    | 'postingTargets'
  >,
): OrganizationSettingsFormValues {
  return {
    timezone: settings.timezone,
    questionRetentionDays: String(settings.questionRetentionDays),
    reviewValidityDays: String(settings.reviewValidityDays),
    phiAllowList: settings.phiAllowList.join('\n'),
    missedPublications: settings.missedPublications,
    ...postingTargetsToFormValues(settings.postingTargets),
  };
}
