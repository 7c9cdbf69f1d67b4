import type { Channel, ContentFormat, EngagementFilter, EngagementInterval } from '@/generated/graphql';
import { FORMAT_LABELS } from '@/modules/content/utils/contentLabels';
import { isChannel } from '@/modules/segment/utils/channelLabels';
import {
  daysIn,
  instantsOf,
  readPeriod,
  validatePeriod,
  writePeriod,
  type DayRange,
  type PeriodValues,
} from '@/ui/utils/dayRange';

export const INTERVAL_LABELS: Record<EngagementInterval, string> = {
  HOUR: 'Hours',
  DAY: 'Days',
  WEEK: 'Weeks',
  MONTH: 'Months',
};

const isInterval = (value: string | null): value is EngagementInterval => value !== null && value in INTERVAL_LABELS;

/** The API keeps hours for at most 31 days, and reads at most two years. */
export const HOURS_DAYS_MAX = 31;
export const ANALYTICS_DAYS_MAX = 731;

const isFormat = (value: string | null): value is ContentFormat => value !== null && value in FORMAT_LABELS;

/** The analytics page's filters as the address keeps them: `?period=90d&interval=WEEK&channel=X&format=EVENT`. */
export interface AnalyticsFilterValues extends PeriodValues {
  interval: EngagementInterval;
  channel: Channel | '';
  /** CarePulse content of one format only (posts published elsewhere left out). */
  format: ContentFormat | '';
  /** A campaign's global ID: its content only. */
  campaign: string;
  /** One of the content's topics, as engagementBreakdown by TOPIC keys it. */
  topic: string;
}

export const DEFAULT_ANALYTICS_FILTERS: AnalyticsFilterValues = {
  period: '30d',
  from: '',
  to: '',
  interval: 'DAY',
  channel: '',
  format: '',
  campaign: '',
  topic: '',
};

export function readAnalyticsFilters(params: URLSearchParams): AnalyticsFilterValues {
  const interval = params.get('interval');
  const channel = params.get('channel');
  const format = params.get('format');
  return {
    ...readPeriod(params, '30d'),
    interval: isInterval(interval) ? interval : DEFAULT_ANALYTICS_FILTERS.interval,
    channel: isChannel(channel) ? channel : '',
    format: isFormat(format) ? format : '',
    campaign: params.get('campaign') ?? '',
    topic: params.get('topic') ?? '',
  };
}

export function writeAnalyticsFilters(values: AnalyticsFilterValues): URLSearchParams {
  const params = writePeriod(values, DEFAULT_ANALYTICS_FILTERS.period, new URLSearchParams());
  if (values.interval !== DEFAULT_ANALYTICS_FILTERS.interval) params.set('interval', values.interval);
  if (values.channel) params.set('channel', values.channel);
  if (values.format) params.set('format', values.format);
  if (values.campaign) params.set('campaign', values.campaign);
  if (values.topic) params.set('topic', values.topic);
  return params;
}

export function validateAnalyticsFilters(
  values: AnalyticsFilterValues,
): Partial<Record<keyof AnalyticsFilterValues, string>> {
  return validatePeriod(values, ANALYTICS_DAYS_MAX, 'Choose two years or less');
}

/** The interval shown: hours only for a month or less, else days. */
export function intervalFor(range: DayRange, asked: EngagementInterval): EngagementInterval {
  return asked === 'HOUR' && daysIn(range.from, range.to) > HOURS_DAYS_MAX ? 'DAY' : asked;
}

/** The API's filter for the days, channel, format, campaign and topic chosen. */
export function engagementFilterOf(
  range: DayRange,
  { channel, format, campaign, topic }: Pick<AnalyticsFilterValues, 'channel' | 'format' | 'campaign' | 'topic'>,
): EngagementFilter {
  return {
    ...instantsOf(range),
    channels: channel ? [channel] : null,
    format: format || null,
    campaignId: campaign || null,
    topic: topic || null,
  };
}
