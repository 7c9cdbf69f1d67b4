import type { CampaignObjective, CreateCampaignInput, KpiMetric, UpdateCampaignInput } from '@/generated/graphql';
import type { CampaignFormValues } from './campaignFormValues';
import { parseHashtags } from './parseHashtags';

type CampaignFields = Omit<CreateCampaignInput, 'name' | 'objective' | 'startDate'> & {
  name: string;
  objective: CampaignObjective;
  startDate: string;
};

/** Every field as the API takes it; a cleared optional value becomes null. */
function toCampaignFields(values: CampaignFormValues): CampaignFields {
  const description = values.description.trim();
  const amount = values.budgetAmount.trim();
  return {
    name: values.name.trim(),
    description: description || null,
    hashtags: parseHashtags(values.hashtags),
    objective: values.objective as CampaignObjective,
    startDate: values.startDate,
    endDate: values.endDate || null,
    channels: values.channels,
    segmentIds: values.segmentIds,
    kpiTargets: values.kpiTargets.map((row) => ({ metric: row.metric as KpiMetric, target: Number(row.target) })),
    budget: amount ? { amount, currency: values.budgetCurrency.trim().toUpperCase() } : null,
  };
}

export function buildCreateCampaignInput(values: CampaignFormValues): CreateCampaignInput {
  const fields = toCampaignFields(values);
  // Omit empty optional values rather than sending nulls on create.
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as CreateCampaignInput;
}

/**
 * Only the fields that differ from what was loaded, so the audit log records what the user
 * actually changed, and a concurrent edit of another field is not overwritten.
 */
export function buildUpdateCampaignInput(
  initial: CampaignFormValues,
  values: CampaignFormValues,
  id: string,
  expectedVersion: number,
): UpdateCampaignInput {
  const before = toCampaignFields(initial);
  const after = toCampaignFields(values);
  const input: UpdateCampaignInput = { id, expectedVersion };
  for (const key of Object.keys(after) as (keyof CampaignFields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      Object.assign(input, { [key]: after[key] });
    }
  }
  return input;
}
