import type { CalendarEntryFieldsFragment } from '@/generated/graphql';
import { dayTitle } from '../utils/calendarLabels';
import { CalendarEntryList } from './CalendarEntryItem';

interface Props {
  /** The days listed, in order. */
  dates: readonly string[];
  days: ReadonlyMap<string, CalendarEntryFieldsFragment[]>;
  today: string;
  timeZone: string;
  /** The id of the heading that names the period. */
  labelledBy: string;
  /** Said when no day is listed. */
  emptyMessage: string;
  /** A week's seven days sit side by side where they fit; an agenda's days stay one under another. */
  layout: 'week' | 'agenda';
}

/**
 * Days as a list, each under its own heading: the week view (seven columns on a wide screen, one
 * under another on a narrow one), and the month's agenda on a phone, where a grid does not fit.
 */
export function CalendarDayList({ dates, days, today, timeZone, labelledBy, emptyMessage, layout }: Props) {
  if (dates.length === 0) return <p className="empty">{emptyMessage}</p>;
  return (
    <ol className={`calendar-days calendar-days--${layout}`} aria-labelledby={labelledBy}>
      {dates.map((day) => {
        const isToday = day === today;
        return (
          <li
            key={day}
            className={isToday ? 'calendar-days__day calendar-days__day--today' : 'calendar-days__day'}
            aria-current={isToday ? 'date' : undefined}
          >
            <h3 className="calendar-days__title">
              <time dateTime={day}>{dayTitle(day)}</time>
              {isToday && <span className="calendar-grid__today">Today</span>}
            </h3>
            {days.get(day)?.length ? (
              <CalendarEntryList entries={days.get(day)} timeZone={timeZone} />
            ) : (
              <p className="muted calendar-days__none">No posts</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
