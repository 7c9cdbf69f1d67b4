import {
  addDays,
  addMonths,
  datesFrom,
  daysBetween,
  endOfMonth,
  startOfMonth,
  startOfWeek,
  weekdayIndex,
} from './calendarDates';

export type CalendarView = 'month' | 'week';

export const CALENDAR_VIEWS: readonly CalendarView[] = ['month', 'week'];

/** The days a view shows: whole weeks, Monday to Sunday, so each week's cadence is complete. */
export interface CalendarRange {
  view: CalendarView;
  /** The period's first day: the 1st of the month, or the week's Monday. */
  start: string;
  /** The first and last day asked of the API (contentCalendar's from and to). */
  from: string;
  to: string;
  /** The days row by row, seven to a week. */
  weeks: string[][];
}

/** The first day of the period of this view that holds the date. */
export const periodStart = (view: CalendarView, date: string) =>
  view === 'month' ? startOfMonth(date) : startOfWeek(date);

/**
 * A month shows the weeks that hold any of its days (four to six, from the Monday on or before
 * the 1st to the Sunday on or after the last day); a week shows its seven days.
 */
export function calendarRange(view: CalendarView, date: string): CalendarRange {
  const start = periodStart(view, date);
  const from = startOfWeek(start);
  const to = view === 'month' ? addDays(startOfWeek(endOfMonth(start)), 6) : addDays(from, 6);
  const days = datesFrom(from, daysBetween(from, to) + 1);
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  return { view, start, from, to, weeks };
}

/** The start of the period `step` periods on from the one holding the date (back when negative). */
export const shiftPeriod = (view: CalendarView, date: string, step: number) =>
  view === 'month' ? addMonths(startOfMonth(date), step) : addDays(startOfWeek(date), 7 * step);

/** Whether the date falls in the period itself, not in the days a month view borrows from its neighbours. */
export const inPeriod = (range: CalendarRange, date: string) =>
  range.view === 'week' || date.slice(0, 7) === range.start.slice(0, 7);

/**
 * The day the other view opens on: today when it is in the period shown; else the week a month
 * and a week share, the one whose Thursday is in the month (as ISO weeks belong to months), so
 * Month → Week → Month comes back to the same month.
 */
export function switchAnchor(range: CalendarRange, today: string): string {
  if (inPeriod(range, today) && today >= range.from && today <= range.to) return today;
  if (range.view === 'week') return addDays(range.start, 3);
  return addDays(range.start, (3 - weekdayIndex(range.start) + 7) % 7);
}
