import { segmentPath } from '@/modules/segment/utils/segmentPaths';
import { Link } from 'react-router';
import type { CampaignDetailFragment } from '@/generated/graphql';
import { channelLabels } from '@/modules/segment/utils/channelLabels';
import { DetailList } from '@/ui/data-display/DetailList';
import { TagList } from '@/ui/data-display/TagList';
import { formatDate, formatDateTime, formatMoney } from '@/ui/utils/format';
import { OBJECTIVE_LABELS } from '../utils/campaignLabels';
import { CampaignKpiTable } from './CampaignKpiTable';
import { CampaignStatusBadge } from './CampaignStatusBadge';

export function CampaignDetails({ campaign }: { campaign: CampaignDetailFragment }) {
  const owner = campaign.owner.name ?? campaign.owner.email ?? 'Unknown';
  return (
    <>
      <section aria-labelledby="campaign-overview">
        <h2 id="campaign-overview">Overview</h2>
        <DetailList
          items={[
            { term: 'Status', value: <CampaignStatusBadge status={campaign.status} /> },
            { term: 'Description', value: campaign.description },
            { term: 'Objective', value: OBJECTIVE_LABELS[campaign.objective] },
            { term: 'Start date', value: formatDate(campaign.startDate) },
            { term: 'End date', value: formatDate(campaign.endDate) },
            { term: 'Channels', value: <TagList items={channelLabels(campaign.channels)} empty="None" /> },
            { term: 'Hashtags', value: <TagList items={campaign.hashtags} empty="None" /> },
            { term: 'Budget', value: campaign.budget && formatMoney(campaign.budget.amount, campaign.budget.currency) },
            {
              term: 'Owner',
              value: campaign.owner.email && campaign.owner.name ? `${owner} (${campaign.owner.email})` : owner,
            },
            { term: 'Created', value: formatDateTime(campaign.createdAt) },
            { term: 'Last updated', value: formatDateTime(campaign.updatedAt) },
          ]}
        />
      </section>
      <section aria-labelledby="campaign-segments">
        <h2 id="campaign-segments">Audience segments</h2>
        {campaign.segments.length === 0 ? (
          <p className="muted">No audience segments.</p>
        ) : (
          <ul className="link-list">
            {campaign.segments.map((segment) => (
              <li key={segment.id}>
                <Link to={segmentPath(segment.id)}>{segment.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="campaign-kpis">
        <h2 id="campaign-kpis">KPI targets</h2>
        <CampaignKpiTable kpiTargets={campaign.kpiTargets} />
      </section>
    </>
  );
}
