import type { CalendarEntryFieldsFragment } from '@/generated/graphql';
import { dayTitle, WEEKDAYS } from '../utils/calendarLabels';
import { inPeriod, type CalendarRange } from '../utils/calendarRange';
import { CalendarEntryList } from './CalendarEntryItem';

interface Props {
  range: CalendarRange;
  days: ReadonlyMap<string, CalendarEntryFieldsFragment[]>;
  today: string;
  timeZone: string;
  /** The id of the heading that names the month. */
  labelledBy: string;
}

/**
 * The month as a table: a column per weekday from Monday, a row per week. Each cell says its full
 * date to screen readers; days borrowed from the months either side are dimmed, today is marked.
 */
export function CalendarMonthGrid({ range, days, today, timeZone, labelledBy }: Props) {
  return (
    <div className="calendar-month">
      <table className="calendar-grid" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {WEEKDAYS.map((weekday) => (
              <th key={weekday.long} scope="col">
                <span aria-hidden="true">{weekday.short}</span>
                <span className="visually-hidden">{weekday.long}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {range.weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const isToday = day === today;
                const classes = ['calendar-grid__day'];
                if (!inPeriod(range, day)) classes.push('calendar-grid__day--outside');
                if (isToday) classes.push('calendar-grid__day--today');
                return (
                  <td key={day} className={classes.join(' ')} aria-current={isToday ? 'date' : undefined}>
                    <p className="calendar-grid__date">
                      <time dateTime={day}>
                        <span aria-hidden="true">{Number(day.slice(8))}</span>
                        <span className="visually-hidden">{dayTitle(day)}</span>
                      </time>
                      {isToday && <span className="calendar-grid__today">Today</span>}
                    </p>
                    <CalendarEntryList entries={days.get(day)} timeZone={timeZone} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
