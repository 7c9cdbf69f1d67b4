import type { EngagementInterval, EngagementMetric, RateBasis } from '@/generated/graphql';
import { formatNumber } from '@/ui/utils/format';

export const METRIC_LABELS: Record<EngagementMetric, string> = {
  IMPRESSIONS: 'Impressions',
  REACH: 'Reach',
  REACTIONS: 'Reactions',
  COMMENTS: 'Comments',
  SHARES: 'Shares',
  SAVES: 'Saves',
  CLICKS: 'Clicks',
  VIDEO_VIEWS: 'Video views',
  VIDEO_WATCH_SECONDS: 'Video watch time (s)',
  FOLLOWERS_GAINED: 'Followers gained',
  FOLLOWERS_LOST: 'Followers lost',
};

interface Valued {
  values: readonly { metric: EngagementMetric; value?: number | null }[];
}

/** A metric's value in a point or row; null when not given (reach across posts). */
export function valueOf(figures: Valued, metric: EngagementMetric): number | null {
  return figures.values.find((value) => value.metric === metric)?.value ?? null;
}

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/** "4.2%": a fraction as a percentage. */
export const formatPercent = (fraction: number) => percent.format(fraction);

/** "4.2% of reach", "1.1% of impressions", or a dash without a rate. */
export function formatRate(rate: { value: number; basis: RateBasis } | null | undefined): string {
  if (!rate) return '–';
  return `${percent.format(rate.value)} of ${rate.basis === 'REACH' ? 'reach' : 'impressions'}`;
}

/** A figure for a table or CSV: whole numbers grouped, a missing one as a dash. */
export function formatFigure(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatNumber(Math.round(value));
}

/** A figure for a CSV file: plain digits, empty when missing. */
export const csvFigure = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(Math.round(value * 100) / 100);

const POINT_FORMATS: Record<EngagementInterval, Intl.DateTimeFormatOptions> = {
  HOUR: { dateStyle: 'medium', timeStyle: 'short' },
  DAY: { dateStyle: 'medium' },
  WEEK: { dateStyle: 'medium' },
  MONTH: { month: 'long', year: 'numeric' },
};

/** Formats by interval and zone: making one costs more than using it, and a series has hundreds of points. */
const pointFormats = new Map<string, Intl.DateTimeFormat>();

/** A point's start in words, as fine as its interval, where the figures are counted: "Week of 3 Nov 2026". */
export function pointLabel(start: string, interval: EngagementInterval, timeZone: string): string {
  const key = `${interval} ${timeZone}`;
  let format = pointFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { ...POINT_FORMATS[interval], timeZone });
    pointFormats.set(key, format);
  }
  const text = format.format(new Date(start));
  return interval === 'WEEK' ? `Week of ${text}` : text;
}

/** The day an instant falls on where the figures are counted, in words; `before` for the day an end belongs to. */
export function dayOf(instant: string, timeZone: string, before = false): string {
  const time = new Date(instant).getTime() - (before ? 1 : 0);
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone }).format(new Date(time));
}
