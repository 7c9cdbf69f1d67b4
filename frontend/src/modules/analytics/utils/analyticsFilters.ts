import type { Channel, EngagementFilter, EngagementInterval } from '@/generated/graphql';
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

/** The analytics page's filters as the address keeps them: `?period=90d&interval=WEEK&channel=X`. */
export interface AnalyticsFilterValues extends PeriodValues {
  interval: EngagementInterval;
  channel: Channel | '';
}

export const DEFAULT_ANALYTICS_FILTERS: AnalyticsFilterValues = {
  period: '30d',
  from: '',
  to: '',
  interval: 'DAY',
  channel: '',
};

export function readAnalyticsFilters(params: URLSearchParams): AnalyticsFilterValues {
  const interval = params.get('interval');
  const channel = params.get('channel');
  return {
    ...readPeriod(params, '30d'),
    interval: isInterval(interval) ? interval : DEFAULT_ANALYTICS_FILTERS.interval,
    channel: isChannel(channel) ? channel : '',
  };
}

export function writeAnalyticsFilters(values: AnalyticsFilterValues): URLSearchParams {
  const params = writePeriod(values, DEFAULT_ANALYTICS_FILTERS.period, new URLSearchParams());
  if (values.interval !== DEFAULT_ANALYTICS_FILTERS.interval) params.set('interval', values.interval);
  if (values.channel) params.set('channel', values.channel);
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

/** The API's filter for the days and the channel chosen. */
export function engagementFilterOf(range: DayRange, channel: Channel | ''): EngagementFilter {
  return { ...instantsOf(range), channels: channel ? [channel] : null };
}
