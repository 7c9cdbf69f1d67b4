import { Link } from 'react-router';
import type { CalendarEntryFieldsFragment } from '@/generated/graphql';
import { contentPath } from '@/modules/content/utils/contentPaths';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { ENTRY_STATE } from '../utils/calendarLabels';
import { timeInZone } from '../utils/zonedTime';

interface Props {
  entry: CalendarEntryFieldsFragment;
  timeZone: string;
}

/**
 * One post: when and on which channel, the item's title (a link to its page), and its state as
 * a word with a symbol, so scheduled, published, failed and retracted posts differ without colour.
 */
export function CalendarEntryItem({ entry, timeZone }: Props) {
  const state = ENTRY_STATE[entry.state];
  return (
    <div className={`calendar-entry calendar-entry--${entry.state.toLowerCase()}`}>
      <p className="calendar-entry__meta">
        <time dateTime={entry.at}>{timeInZone(entry.at, timeZone)}</time> · {CHANNEL_LABELS[entry.channel]}
      </p>
      <Link to={contentPath(entry.content.id)} className="calendar-entry__title">
        {entry.content.title}
      </Link>
      <span className={`badge badge--${state.tone} calendar-entry__state`}>
        <span aria-hidden="true">{state.symbol} </span>
        {state.label}
      </span>
    </div>
  );
}

/** A day's posts as a list, or nothing for a day without any. */
export function CalendarEntryList({
  entries,
  timeZone,
}: {
  entries: readonly CalendarEntryFieldsFragment[] | undefined;
  timeZone: string;
}) {
  if (!entries?.length) return null;
  return (
    <ul className="calendar-entries">
      {entries.map((entry) => (
        <li key={`${entry.content.id}-${entry.channel}-${entry.at}`}>
          <CalendarEntryItem entry={entry} timeZone={timeZone} />
        </li>
      ))}
    </ul>
  );
}
