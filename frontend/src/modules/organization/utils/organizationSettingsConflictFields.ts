import type { ConflictField } from '@/modules/api/hooks/useEditConflict';
import type { OrganizationSettingsFormValues } from './organizationSettingsFormValues';
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
];
