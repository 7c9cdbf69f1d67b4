import { Link } from 'react-router';
import type { CampaignSummaryFragment } from '@/generated/graphql';
import { channelLabels } from '@/modules/segment/utils/channelLabels';
import { TagList } from '@/ui/data-display/TagList';
import type { Column } from '@/ui/data-display/DataTable';
import { formatDateRange, formatDateTime } from '@/ui/utils/format';
import { CAMPAIGN_STATUS_LABELS, OBJECTIVE_LABELS } from '../utils/campaignLabels';
import { campaignPath } from '../utils/campaignPaths';
import { CampaignStatusBadge } from './CampaignStatusBadge';

export const campaignColumns: readonly Column<CampaignSummaryFragment>[] = [
  {
    header: 'Name',
    rowHeader: true,
    sortField: 'NAME',
    cell: (campaign) => <Link to={campaignPath(campaign.id)}>{campaign.name}</Link>,
    csv: (campaign) => campaign.name,
  },
  {
    header: 'Status',
    cell: (campaign) => <CampaignStatusBadge status={campaign.status} />,
    csv: (campaign) => CAMPAIGN_STATUS_LABELS[campaign.status],
  },
  {
    header: 'Objective',
    cell: (campaign) => OBJECTIVE_LABELS[campaign.objective],
    csv: (campaign) => OBJECTIVE_LABELS[campaign.objective],
  },
  {
    header: 'Dates',
    className: 'nowrap',
    sortField: 'START_DATE',
    cell: (campaign) => formatDateRange(campaign.startDate, campaign.endDate),
    csv: (campaign) => `${campaign.startDate} – ${campaign.endDate ?? ''}`.trim(),
  },
  {
    header: 'Channels',
    cell: (campaign) => <TagList items={channelLabels(campaign.channels)} />,
    csv: (campaign) => channelLabels(campaign.channels).join('; '),
  },
  {
    header: 'Hashtags',
    cell: (campaign) => <TagList items={campaign.hashtags} />,
    csv: (campaign) => campaign.hashtags.join(' '),
  },
  {
    header: 'Last updated',
    className: 'nowrap',
    sortField: 'UPDATED_AT',
    firstDirection: 'DESC',
    cell: (campaign) => formatDateTime(campaign.updatedAt),
    csv: (campaign) => campaign.updatedAt,
  },
];
