import type { Channel } from '@/generated/graphql';
import { cadenceRows } from '../utils/cadence';
import type { CalendarRange } from '../utils/calendarRange';
import { CadenceTable } from './CadenceTable';
import { CadenceTargetForm } from './CadenceTargetForm';

interface Props {
  range: CalendarRange;
  /** The API's cadence; undefined while it loads. */
  cadence: readonly { channel: Channel; weekOf: string; posts: number }[] | undefined;
  target: number | null;
  onTarget: (target: number | null) => void;
  filtered: boolean;
}

/** How often each channel posts, week by week (Monday to Sunday, as the organisation counts weeks). */
export function CadenceSection({ range, cadence, target, onTarget, filtered }: Props) {
  const weeks = range.weeks.map((week) => week[0]);
  return (
    <section className="calendar-cadence" aria-labelledby="calendar-cadence-heading">
      <h2 id="calendar-cadence-heading">Posting cadence</h2>
      <p className="muted">
        Scheduled and published posts on each channel, per week from Monday to Sunday
        {filtered ? ', for the campaign and format chosen' : ''}.
      </p>
      <CadenceTargetForm key={target ?? ''} target={target} onChange={onTarget} />
      {cadence && <CadenceTable rows={cadenceRows(cadence, weeks)} weeks={weeks} target={target} />}
    </section>
  );
}
