import type { UpdateOrganizationSettingsInput } from '@/generated/graphql';
import type { OrganizationSettingsFormValues } from './organizationSettingsFormValues';
import { postingTargetsFromFormValues } from './postingTargets';
import { allowListEntries } from './validateOrganizationSettingsForm';

type SettingsFields = Required<Omit<UpdateOrganizationSettingsInput, 'expectedVersion'>>;

function toSettingsFields(values: OrganizationSettingsFormValues): SettingsFields {
  return {
    timezone: values.timezone.trim(),
    questionRetentionDays: Number(values.questionRetentionDays.trim()),
    reviewValidityDays: Number(values.reviewValidityDays.trim()),
    phiAllowList: allowListEntries(values.phiAllowList),
    missedPublications: values.missedPublications,
    postingTargets: postingTargetsFromFormValues(values),
  };
}

/**
 * Only the settings that differ from what was loaded, so the audit log records what the admin
 * actually changed, and a concurrent change of the other setting is not overwritten. Call after
 * validateOrganizationSettingsForm.
 */
export function buildUpdateOrganizationSettingsInput(
  initial: OrganizationSettingsFormValues,
  values: OrganizationSettingsFormValues,
  expectedVersion: number,
): UpdateOrganizationSettingsInput {
  const before = toSettingsFields(initial);
  const after = toSettingsFields(values);
  const input: UpdateOrganizationSettingsInput = { expectedVersion };
  for (const key of Object.keys(after) as (keyof SettingsFields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(input, { [key]: after[key] });
  }
  return input;
}
