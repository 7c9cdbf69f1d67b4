import type { CampaignDetailFragment, CampaignObjective, Channel, KpiMetric } from '@/generated/graphql';
import { formatHashtags } from './parseHashtags';

export interface KpiTargetRow {
  /** Stable React key for a row that has no id of its own. */
  key: string;
  metric: KpiMetric | '';
  target: string;
}

/** What the campaign form edits: strings as typed, lists as chosen. */
export interface CampaignFormValues {
  name: string;
  description: string;
  hashtags: string;
  objective: CampaignObjective | '';
  startDate: string;
  endDate: string;
  channels: Channel[];
  segmentIds: string[];
  kpiTargets: KpiTargetRow[];
  budgetAmount: string;
  budgetCurrency: string;
}

/** The form fields a userError path can point at (the last known element of `field`). */
export const CAMPAIGN_FORM_FIELDS = [
  'name',
  'description',
  'hashtags',
  'objective',
  'startDate',
  'endDate',
  'channels',
  'segmentIds',
  'kpiTargets',
  'budget',
  'amount',
  'currency',
] as const;

export type CampaignFormField = (typeof CAMPAIGN_FORM_FIELDS)[number];

let rowCounter = 0;
export const newKpiTargetRow = (metric: KpiMetric | '' = '', target = ''): KpiTargetRow => ({
  key: `kpi-${++rowCounter}`,
  metric,
  target,
});

export const EMPTY_CAMPAIGN_FORM: CampaignFormValues = {
  name: '',
  description: '',
  hashtags: '',
  objective: '',
  startDate: '',
  endDate: '',
  channels: [],
  segmentIds: [],
  kpiTargets: [],
  budgetAmount: '',
  budgetCurrency: 'USD',
};

export function campaignToFormValues(campaign: CampaignDetailFragment): CampaignFormValues {
  return {
    name: campaign.name,
    description: campaign.description ?? '',
    hashtags: formatHashtags(campaign.hashtags),
    objective: campaign.objective,
    startDate: campaign.startDate,
    endDate: campaign.endDate ?? '',
    channels: [...campaign.channels],
    segmentIds: campaign.segments.map((segment) => segment.id),
    kpiTargets: campaign.kpiTargets.map((kpi) => newKpiTargetRow(kpi.metric, String(kpi.target))),
    budgetAmount: campaign.budget ? String(campaign.budget.amount) : '',
    budgetCurrency: campaign.budget?.currency ?? 'USD',
  };
}
