import type { CalendarEntryFieldsFragment } from '@/generated/graphql';
import type { CalendarFilterValues } from './calendarSearch';
import { dateInZone } from './zonedTime';

/**
 * The entries the filter's statuses allow. The API takes the statuses in its filter, but its
 * calendar answers for campaign and format only today; this keeps the page right either way.
 */
export function entriesWithStatus(
  entries: readonly CalendarEntryFieldsFragment[],
  status: CalendarFilterValues['status'],
): CalendarEntryFieldsFragment[] {
  if (status.length === 0) return [...entries];
  return entries.filter((entry) => (status as readonly string[]).includes(entry.content.status));
}

/** Entries by the organisation's day they fall on (YYYY-MM-DD), each day's in time order. */
export function entriesByDay(
  entries: readonly CalendarEntryFieldsFragment[],
  timeZone: string,
): Map<string, CalendarEntryFieldsFragment[]> {
  const days = new Map<string, CalendarEntryFieldsFragment[]>();
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const entry of sorted) {
    const day = dateInZone(entry.at, timeZone);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return days;
}

/** "3 posts" for a day or a period; "No posts" when there are none. */
export const postCount = (count: number) => (count === 0 ? 'No posts' : `${count} ${count === 1 ? 'post' : 'posts'}`);
