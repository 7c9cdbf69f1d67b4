import type { CampaignStatus } from '@/generated/graphql';
import { Badge } from '@/ui/data-display/Badge';
import { CAMPAIGN_STATUS_LABELS, CAMPAIGN_STATUS_TONES } from '../utils/campaignLabels';

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <Badge tone={CAMPAIGN_STATUS_TONES[status]}>{CAMPAIGN_STATUS_LABELS[status]}</Badge>;
}
