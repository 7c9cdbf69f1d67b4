import { postCount } from '../utils/calendarEntries';

interface Props {
  loading: boolean;
  count: number;
  /** The period as a sentence names it: "March 2026", "the week of 2 March 2026". */
  period: string;
  filtered: boolean;
}

/**
 * A polite live region under the period's heading: after Previous, Next, Today or a new filter it
 * says what the calendar now holds ("12 posts in March 2026"), since the button keeps the focus.
 */
export function CalendarStatusLine({ loading, count, period, filtered }: Props) {
  const text = loading
    ? 'Loading posts…'
    : `${postCount(count)} in ${period}${filtered ? ' matching the filters' : ''}.`;
  return (
    <p className="live-status" role="status">
      {text}
    </p>
  );
}
