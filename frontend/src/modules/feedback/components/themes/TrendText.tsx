import { themeTrend } from '../../utils/themeTrend';

/** ▲ 25% with "up 25% on the previous period" for a screen reader; the arrow alone is never the message. */
export function TrendText({ theme }: { theme: { count: number; previousCount: number; trendPercent: number | null } }) {
  const trend = themeTrend(theme);
  return (
    <span className="theme-trend">
      <span aria-hidden="true">
        {trend.arrow && `${trend.arrow} `}
        {trend.shown}
      </span>
      <span className="visually-hidden">{trend.words}</span>
    </span>
  );
}
