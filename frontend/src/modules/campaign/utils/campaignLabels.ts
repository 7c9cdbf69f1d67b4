import type { CampaignObjective, CampaignStatus, KpiMetric } from '@/generated/graphql';
import type { BadgeTone } from '@/ui/data-display/Badge';
import type { Option } from '@/ui/form/SelectField';

// Each table is typed by a generated enum: a value added to the schema fails the build until labelled.
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  PLANNED: 'Planned',
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  COMPLETED: 'Completed',
  ARCHIVED: 'Archived',
};

export const CAMPAIGN_STATUS_TONES: Record<CampaignStatus, BadgeTone> = {
  PLANNED: 'info',
  ACTIVE: 'success',
  PAUSED: 'warning',
  COMPLETED: 'neutral',
  ARCHIVED: 'muted',
};

export const OBJECTIVE_LABELS: Record<CampaignObjective, string> = {
  AWARENESS: 'Awareness',
  EDUCATION: 'Education',
  PREVENTION: 'Prevention',
  ENGAGEMENT: 'Engagement',
  FUNDRAISING: 'Fundraising',
};

export const KPI_METRIC_LABELS: Record<KpiMetric, string> = {
  REACH: 'Reach',
  IMPRESSIONS: 'Impressions',
  ENGAGEMENT_RATE: 'Engagement rate (%)',
  FOLLOWERS_GAINED: 'Followers gained',
  FUNDS_RAISED: 'Funds raised',
};

const toOptions = <V extends string>(labels: Record<V, string>): Option<V>[] =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

export const CAMPAIGN_STATUS_OPTIONS = toOptions(CAMPAIGN_STATUS_LABELS);
export const OBJECTIVE_OPTIONS = toOptions(OBJECTIVE_LABELS);
export const KPI_METRIC_OPTIONS = toOptions(KPI_METRIC_LABELS);

export const isCampaignStatus = (value: string | null): value is CampaignStatus =>
  value !== null && value in CAMPAIGN_STATUS_LABELS;
export const isObjective = (value: string | null): value is CampaignObjective =>
  value !== null && value in OBJECTIVE_LABELS;

/** The button text for moving a campaign from one status to another. */
export function transitionLabel(from: CampaignStatus, to: CampaignStatus): string {
  switch (to) {
    case 'ACTIVE':
      return from === 'PAUSED' ? 'Resume' : 'Activate';
    case 'PAUSED':
      return 'Pause';
    case 'COMPLETED':
      return 'Mark completed';
    case 'ARCHIVED':
      return 'Archive';
    case 'PLANNED':
      return 'Move back to planned';
  }
}
