import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ContentCalendarDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { useContentFormOptions } from '@/modules/content/hooks/useContentFormOptions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { useMediaQuery } from '@/ui/hooks/useMediaQuery';
import { useCalendarSearch } from '../hooks/useCalendarSearch';
import { entriesByDay, entriesWithStatus } from '../utils/calendarEntries';
import { periodPhrase, periodTitle } from '../utils/calendarLabels';
import {
  calendarRange,
  inPeriod,
  periodStart,
  shiftPeriod,
  switchAnchor,
  type CalendarView,
} from '../utils/calendarRange';
import { toCalendarFilter } from '../utils/calendarSearch';
import { todayInZone } from '../utils/zonedTime';
import { CadenceSection } from './CadenceSection';
import { CalendarDayList } from './CalendarDayList';
import { CalendarFilters } from './CalendarFilters';
import { CalendarMonthGrid } from './CalendarMonthGrid';
import { CalendarStatusLine } from './CalendarStatusLine';
import { CalendarToolbar } from './CalendarToolbar';
import '../styles/calendar.css';

/** Narrower than this, a month's grid becomes an agenda: the days that have posts, one under another. */
const NARROW = '(max-width: 48rem)';
const TITLE_ID = 'calendar-period-title';

/** The calendar of the organisation's posts in its time zone: filters, period, posts by day, cadence. */
export function ContentCalendarView({ timeZone }: { timeZone: string }) {
  const { search, update } = useCalendarSearch();
  const narrow = useMediaQuery(NARROW);
  const options = useContentFormOptions();
  const today = todayInZone(timeZone);
  const range = calendarRange(search.view, search.date ?? today);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ContentCalendarDocument,
    variables: { from: range.from, to: range.to, filter: toCalendarFilter(search.filters) },
    requestPolicy: 'cache-and-network',
  });

  // The period opened without a date (from the navigation) is written down, so the address names it.
  const { date } = search;
  useEffect(() => {
    if (!date) update({ date: range.start }, { replace: true });
  }, [date, range.start, update]);

  const calendar = data?.contentCalendar;
  const days = entriesByDay(entriesWithStatus(calendar?.entries ?? [], search.filters.status), timeZone);
  const periodDays = range.weeks.flat().filter((day) => inPeriod(range, day));
  const title = periodTitle(search.view, range.start);
  const phrase = periodPhrase(search.view, range.start);
  const show = (view: CalendarView) => update({ view, date: periodStart(view, switchAnchor(range, today)) });

  return (
    <>
      <CalendarFilters
        key={JSON.stringify(search.filters)}
        values={search.filters}
        onApply={(filters) => update({ filters })}
        campaigns={options.campaigns}
      />
      <section className="calendar" aria-labelledby={TITLE_ID}>
        <CalendarToolbar
          view={search.view}
          title={title}
          titleId={TITLE_ID}
          onView={show}
          onStep={(step) => update({ date: shiftPeriod(search.view, range.start, step) })}
          onToday={() => update({ date: periodStart(search.view, today) })}
        />
        <CalendarStatusLine
          loading={fetching && !calendar}
          count={periodDays.reduce((sum, day) => sum + (days.get(day)?.length ?? 0), 0)}
          period={phrase}
          filtered={Boolean(toCalendarFilter(search.filters))}
        />
        {error && !calendar ? (
          <ErrorState
            message={describeGraphqlError(error)}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : search.view === 'month' && !narrow ? (
          <CalendarMonthGrid range={range} days={days} today={today} timeZone={timeZone} labelledBy={TITLE_ID} />
        ) : (
          <CalendarDayList
            dates={search.view === 'week' ? periodDays : periodDays.filter((day) => days.has(day))}
            layout={search.view === 'week' ? 'week' : 'agenda'}
            days={days}
            today={today}
            timeZone={timeZone}
            labelledBy={TITLE_ID}
            emptyMessage={calendar ? `No posts in ${phrase}.` : 'Loading posts…'}
          />
        )}
      </section>
      <CadenceSection
        range={range}
        cadence={calendar?.cadence}
        filtered={Boolean(search.filters.campaignId || search.filters.format)}
      />
    </>
  );
}
