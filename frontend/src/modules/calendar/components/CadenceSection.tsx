import { Link } from 'react-router';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { cadenceRows, type ChannelCadence } from '../utils/cadence';
import type { CalendarRange } from '../utils/calendarRange';
import { CadenceTable } from './CadenceTable';

/** The organisation settings page, where an admin sets each channel's target. */
const SETTINGS_PATH = '/settings';

interface Props {
  range: CalendarRange;
  /** The API's cadence; undefined while it loads. */
  cadence: readonly ChannelCadence[] | undefined;
  filtered: boolean;
}

/** How often each channel posts, week by week (Monday to Sunday, as the organisation counts weeks). */
export function CadenceSection({ range, cadence, filtered }: Props) {
  const { canChangeOrganizationSettings } = usePermissions();
  const weeks = range.weeks.map((week) => week[0]);
  return (
    <section className="calendar-cadence" aria-labelledby="calendar-cadence-heading">
      <h2 id="calendar-cadence-heading">Posting cadence</h2>
      <p className="muted">
        Scheduled and published posts on each channel, per week from Monday to Sunday
        {filtered ? ', for the campaign and format chosen' : ''}, against the channel’s target where it has one.{' '}
        {canChangeOrganizationSettings ? (
          <>
            Targets are set in <Link to={SETTINGS_PATH}>Settings</Link>.
          </>
        ) : (
          'Targets are set in Settings by an admin.'
        )}
      </p>
      {cadence && <CadenceTable rows={cadenceRows(cadence, weeks)} weeks={weeks} />}
    </section>
  );
}
