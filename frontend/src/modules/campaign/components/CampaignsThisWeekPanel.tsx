import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { HomeCampaignsDocument } from '@/generated/graphql';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { formatDate } from '@/ui/utils/format';
import { useCampaignLiveRefresh } from '../hooks/useCampaignLiveRefresh';
import { campaignsThisWeek } from '../utils/campaignsThisWeek';

/** Campaigns starting or ending this week, kept current by campaignChanged. */
export function CampaignsThisWeekPanel() {
  const [today] = useState(() => new Date());
  const [{ data, error }, reexecute] = useQuery({ query: HomeCampaignsDocument, requestPolicy: 'cache-and-network' });
  useCampaignLiveRefresh(() => reexecute({ requestPolicy: 'network-only' }));
  const milestones = useMemo(
    () =>
      data
        ? campaignsThisWeek(
            data.campaigns.edges.map((edge) => edge.node),
            today,
          )
        : undefined,
    [data, today],
  );
  if (!milestones)
    return error ? (
      <p className="error-text">Campaigns could not be loaded.</p>
    ) : (
      <LoadingState label="Loading campaigns…" />
    );
  if (milestones.length === 0) return <p className="muted">No campaign starts or ends in the next seven days.</p>;
  return (
    <ul className="home-list">
      {milestones.map(({ campaign, kind, date }) => (
        <li key={`${campaign.id}-${kind}`} className="home-list__item">
          <Link to={`/campaigns/${encodeURIComponent(campaign.id)}`} className="home-list__title">
            {campaign.name}
          </Link>
          <span className="muted">
            {kind} <time dateTime={date}>{formatDate(date)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}
