import type { EngagementPointFieldsFragment } from '@/generated/graphql';
import { FigureTiles } from './FigureTiles';
import { formatFigure, formatPercent, valueOf } from '../utils/figures';

/** The period's headline figures: engagement, its rate, impressions and net followers. */
export function KpiTiles({ total }: { total: EngagementPointFieldsFragment }) {
  const gained = valueOf(total, 'FOLLOWERS_GAINED') ?? 0;
  const lost = valueOf(total, 'FOLLOWERS_LOST') ?? 0;
  const tiles = [
    {
      label: 'Engagement',
      value: formatFigure(total.engagement),
      note: 'Reactions, comments, shares and saves (and clicks where the channel counts them)',
    },
    {
      label: 'Engagement rate',
      value: total.engagementRate ? formatPercent(total.engagementRate.value) : '–',
      note: total.engagementRate
        ? `Weighted by each post’s ${total.engagementRate.basis === 'REACH' ? 'reach' : 'impressions (no reach reported)'}`
        : 'Nobody reached in the period',
    },
    { label: 'Impressions', value: formatFigure(valueOf(total, 'IMPRESSIONS')), note: 'Times posts were seen' },
    {
      label: 'Follower growth',
      value: `${gained - lost >= 0 ? '+' : '−'}${formatFigure(Math.abs(gained - lost))}`,
      note: `${formatFigure(gained)} gained, ${formatFigure(lost)} lost`,
    },
  ];
  return <FigureTiles label="The period’s figures" tiles={tiles} />;
}
