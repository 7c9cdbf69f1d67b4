import type { PublicationState } from '@/generated/graphql';
import type { BadgeTone } from '@/ui/data-display/Badge';
import type { CalendarView } from './calendarRange';

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const shortDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const longWeekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });

// Calendar dates carry no zone: read at UTC midnight and formatted as UTC, they never shift a day.
const at = (date: string) => new Date(`${date}T00:00:00Z`);

/** "March 2026". */
export const monthTitle = (date: string) => monthFormat.format(at(date));
/** "Monday, 2 March". */
export const dayTitle = (date: string) => dayFormat.format(at(date));
/** "2 Mar". */
export const shortDay = (date: string) => shortDayFormat.format(at(date));
/** "2 March 2026". */
export const longDate = (date: string) => longDateFormat.format(at(date));

/** The week's day names from Monday, short ("Mon") and long ("Monday"), for column headers. */
const MONDAY = '2026-01-05';
export const WEEKDAYS = Array.from({ length: 7 }, (_, i) => {
  const day = new Date(at(MONDAY).getTime() + i * 86_400_000);
  return { short: weekdayFormat.format(day), long: longWeekdayFormat.format(day) };
});

/** What the period shown is called: "March 2026", or "Week of 2 March 2026". */
export const periodTitle = (view: CalendarView, start: string) =>
  view === 'month' ? monthTitle(start) : `Week of ${longDate(start)}`;

/** The period inside a sentence: "in March 2026", "in the week of 2 March 2026". */
export const periodPhrase = (view: CalendarView, start: string) =>
  view === 'month' ? monthTitle(start) : `the week of ${longDate(start)}`;

export const VIEW_LABELS: Record<CalendarView, string> = { month: 'Month', week: 'Week' };

/**
 * How a post's state reads on the calendar: a word and a symbol, never colour alone. A
 * scheduled post's channel is PENDING until it is published.
 */
export const ENTRY_STATE: Record<PublicationState, { label: string; symbol: string; tone: BadgeTone }> = {
  PENDING: { label: 'Scheduled', symbol: '○', tone: 'info' },
  PUBLISHING: { label: 'Publishing', symbol: '◐', tone: 'info' },
  PUBLISHED: { label: 'Published', symbol: '●', tone: 'success' },
  FAILED: { label: 'Failed', symbol: '✕', tone: 'warning' },
  RETRACTED: { label: 'Retracted', symbol: '⊘', tone: 'muted' },
};
