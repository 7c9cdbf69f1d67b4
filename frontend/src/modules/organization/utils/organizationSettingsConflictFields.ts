import type { ConflictField } from '@/modules/api/hooks/useEditConflict';
import type { OrganizationSettingsFormValues } from './organizationSettingsFormValues';
import { missedPublicationLabel } from './organizationSettingsLabels';
import { POSTING_TARGET_CHANNELS, POSTING_TARGET_LABELS, postingTargetField } from './postingTargets';
import { timeZoneLabel } from './timeZoneOptions';

/** The settings form's values as a person reads them, to compare saved and typed values. */
export const ORGANIZATION_SETTINGS_CONFLICT_FIELDS: readonly ConflictField<OrganizationSettingsFormValues>[] = [
  { key: 'timezone', label: 'Time zone', format: (v) => timeZoneLabel(v.timezone.trim()) },
  {
    key: 'questionRetentionDays',
    label: 'Keep participants’ text for (days)',
    format: (v) => v.questionRetentionDays.trim(),
  },
  { key: 'reviewValidityDays', label: 'Approvals valid for (days)', format: (v) => v.reviewValidityDays.trim() },
  { key: 'phiAllowList', label: 'Our own contact details and clinicians', format: (v) => v.phiAllowList.trim() },
  {
    key: 'missedPublications',
    label: 'A scheduled post missed while publishing was stopped',
    format: (v) => missedPublicationLabel(v.missedPublications),
  },
  // One per channel, so reapplying takes only the targets the admin changed.
  ...POSTING_TARGET_CHANNELS.map((channel): ConflictField<OrganizationSettingsFormValues> => {
    const key = postingTargetField(channel);
    return { key, label: `${POSTING_TARGET_LABELS[key]} posts a week`, format: (v) => v[key].trim() || 'No target' };
  }),
];
