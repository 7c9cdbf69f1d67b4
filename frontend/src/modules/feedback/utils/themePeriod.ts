import type { FeedbackSource } from '@/generated/graphql';
import { readPeriod, validatePeriod, writePeriod, type PeriodChoice } from '@/ui/utils/dayRange';
import { isFeedbackSource } from './feedbackLabels';

export {
  PERIOD_LABELS,
  dayRangeOf,
  daysIn,
  describeDayRange,
  endOfDay,
  instantsOf,
  isIsoDay,
  isoDay,
  previousRangeOf,
  startOfDay,
  type DayRange,
  type PeriodChoice,
} from '@/ui/utils/dayRange';

/** The API reads at most a year; a leap year's 366 days are a year too. */
export const PERIOD_DAYS_MAX = 366;

/** The themes page's filters as the address keeps them: `?period=90d&source=GOOGLE_REVIEW`. */
export interface ThemeFilterValues {
  period: PeriodChoice;
  /** YYYY-MM-DD, for `custom` only: whole days in the reader's time zone, both included. */
  from: string;
  to: string;
  source: FeedbackSource | '';
}

export const DEFAULT_THEME_FILTERS: ThemeFilterValues = { period: '30d', from: '', to: '', source: '' };

/** Reads the filters from the query string, ignoring what a hand-edited address may have broken. */
export function readThemeFilters(params: URLSearchParams): ThemeFilterValues {
  const source = params.get('source');
  return { ...readPeriod(params, '30d'), source: isFeedbackSource(source) ? source : '' };
}

/** Only what differs from the defaults, so shared links stay short. */
export function writeThemeFilters(values: ThemeFilterValues): URLSearchParams {
  const params = writePeriod(values, DEFAULT_THEME_FILTERS.period, new URLSearchParams());
  if (values.source) params.set('source', values.source);
  return params;
}

/** Errors of a filter draft, by field, before it is applied. */
export function validateThemeFilters(values: ThemeFilterValues): Partial<Record<keyof ThemeFilterValues, string>> {
  return validatePeriod(values, PERIOD_DAYS_MAX, 'Choose a year or less');
}
