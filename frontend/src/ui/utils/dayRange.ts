/** Periods of whole days in the reader's time zone, as the filters of the figures' pages keep them. */
export type PeriodChoice = '7d' | '30d' | '90d' | 'custom';

export const PERIOD_LABELS: Record<PeriodChoice, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  custom: 'Dates of my choice',
};

const PRESET_DAYS: Record<Exclude<PeriodChoice, 'custom'>, number> = { '7d': 7, '30d': 30, '90d': 90 };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isPeriod = (value: string | null): value is PeriodChoice => value !== null && value in PERIOD_LABELS;

/** A period as chosen: a preset, or (custom) the first and last days, YYYY-MM-DD, both included. */
export interface PeriodValues {
  period: PeriodChoice;
  from: string;
  to: string;
}

/** The period in a query string (`?period=custom&from=…&to=…`), ignoring what a hand-edited address broke. */
export function readPeriod(params: URLSearchParams, fallback: Exclude<PeriodChoice, 'custom'>): PeriodValues {
  const period = params.get('period');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const custom = period === 'custom' && ISO_DATE.test(from) && ISO_DATE.test(to);
  return {
    period: custom ? 'custom' : isPeriod(period) && period !== 'custom' ? period : fallback,
    from: custom ? from : '',
    to: custom ? to : '',
  };
}

/** Writes the period into `params`, only where it differs from the default, so shared links stay short. */
export function writePeriod(values: PeriodValues, fallback: PeriodChoice, params: URLSearchParams): URLSearchParams {
  if (values.period !== fallback) params.set('period', values.period);
  if (values.period === 'custom') {
    params.set('from', values.from);
    params.set('to', values.to);
  }
  return params;
}

/** Errors of a custom period being entered, by field: whole days, at most `maxDays`. */
export function validatePeriod(
  values: PeriodValues,
  maxDays: number,
  tooLong: string,
): Partial<Record<'from' | 'to', string>> {
  if (values.period !== 'custom') return {};
  if (!ISO_DATE.test(values.from)) return { from: 'Enter the first day' };
  if (!ISO_DATE.test(values.to)) return { to: 'Enter the last day' };
  if (values.to < values.from) return { to: 'The last day must be on or after the first' };
  if (daysIn(values.from, values.to) > maxDays) return { to: tooLong };
  return {};
}

/** A local calendar date as YYYY-MM-DD. */
export const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const localMidnight = (day: string) => new Date(`${day}T00:00:00`);
const addDays = (day: string, days: number) => {
  const date = localMidnight(day);
  date.setDate(date.getDate() + days);
  return isoDay(date);
};
/** Whole days from `from` to `to`, both included. */
export const daysIn = (from: string, to: string) =>
  Math.round((localMidnight(to).getTime() - localMidnight(from).getTime()) / 86_400_000) + 1;

/** Whole days, both included, in the reader's time zone. */
export interface DayRange {
  from: string;
  to: string;
}

/** The days the filters mean on `today`: a preset's ends with today. */
export function dayRangeOf(values: PeriodValues, today: Date): DayRange {
  if (values.period === 'custom') return { from: values.from, to: values.to };
  const to = isoDay(today);
  return { from: addDays(to, 1 - PRESET_DAYS[values.period]), to };
}

/** The instant a day starts, in the reader's time zone. */
export const startOfDay = (day: string) => localMidnight(day).toISOString();
/** The instant after a day ends: the API's `to` and `createdTo` are exclusive, so the day is included. */
export const endOfDay = (day: string) => localMidnight(addDays(day, 1)).toISOString();

/** The instants the API reads: from the first day's midnight to the midnight after the last. */
export const instantsOf = (range: DayRange) => ({ from: startOfDay(range.from), to: endOfDay(range.to) });

export const isIsoDay = (value: string) => ISO_DATE.test(value);

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const formatDay = (day: string) => dayFormat.format(localMidnight(day));

/** "5 Nov 2026 – 4 Dec 2026", or one day alone. */
export const describeDayRange = (range: DayRange) =>
  range.from === range.to ? formatDay(range.from) : `${formatDay(range.from)} – ${formatDay(range.to)}`;

/** The period before `range`, of the same length, that the trends compare with. */
export function previousRangeOf(range: DayRange): DayRange {
  const length = daysIn(range.from, range.to);
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}
