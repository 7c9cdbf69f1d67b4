import { campaignPath } from '../utils/campaignPaths';
import { Link } from 'react-router';
import type { CampaignSummaryFragment } from '@/generated/graphql';
import { channelLabels } from '@/modules/segment/utils/channelLabels';
import { TagList } from '@/ui/data-display/TagList';
import { formatDateRange } from '@/ui/utils/format';
import { OBJECTIVE_LABELS } from '../utils/campaignLabels';
import { CampaignStatusBadge } from './CampaignStatusBadge';

export function CampaignTable({ campaigns }: { campaigns: readonly CampaignSummaryFragment[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Campaigns</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col">Objective</th>
            <th scope="col">Dates</th>
            <th scope="col">Channels</th>
            <th scope="col">Hashtags</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((campaign) => (
            <tr key={campaign.id}>
              <th scope="row">
                <Link to={campaignPath(campaign.id)}>{campaign.name}</Link>
              </th>
              <td>
                <CampaignStatusBadge status={campaign.status} />
              </td>
              <td>{OBJECTIVE_LABELS[campaign.objective]}</td>
              <td className="nowrap">{formatDateRange(campaign.startDate, campaign.endDate)}</td>
              <td>
                <TagList items={channelLabels(campaign.channels)} />
              </td>
              <td>
                <TagList items={campaign.hashtags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
