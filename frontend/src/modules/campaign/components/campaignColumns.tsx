import { Link } from 'react-router';
import type { CampaignSummaryFragment } from '@/generated/graphql';
import { channelLabels } from '@/modules/segment/utils/channelLabels';
import { TagList } from '@/ui/data-display/TagList';
import type { Column } from '@/ui/data-display/DataTable';
import { formatDateRange, formatDateTime } from '@/ui/utils/format';
import { OBJECTIVE_LABELS } from '../utils/campaignLabels';
import { campaignPath } from '../utils/campaignPaths';
import { CampaignStatusBadge } from './CampaignStatusBadge';

export const campaignColumns: readonly Column<CampaignSummaryFragment>[] = [
  {
    header: 'Name',
    rowHeader: true,
    sortField: 'NAME',
    cell: (campaign) => <Link to={campaignPath(campaign.id)}>{campaign.name}</Link>,
  },
  { header: 'Status', cell: (campaign) => <CampaignStatusBadge status={campaign.status} /> },
  { header: 'Objective', cell: (campaign) => OBJECTIVE_LABELS[campaign.objective] },
  {
    header: 'Dates',
    className: 'nowrap',
    sortField: 'START_DATE',
    cell: (campaign) => formatDateRange(campaign.startDate, campaign.endDate),
  },
  { header: 'Channels', cell: (campaign) => <TagList items={channelLabels(campaign.channels)} /> },
  { header: 'Hashtags', cell: (campaign) => <TagList items={campaign.hashtags} /> },
  {
    header: 'Last updated',
    className: 'nowrap',
    sortField: 'UPDATED_AT',
    firstDirection: 'DESC',
    cell: (campaign) => formatDateTime(campaign.updatedAt),
  },
];
