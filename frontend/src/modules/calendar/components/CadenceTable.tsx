import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { DataTable, type Column } from '@/ui/data-display/DataTable';
import { cadenceStanding, cadenceSummary, cadenceWording, type CadenceRow } from '../utils/cadence';
import { shortDay } from '../utils/calendarLabels';

const STANDING_CLASS = { on: 'cadence--on', under: 'cadence--under', over: 'cadence--over' } as const;

function columnsFor(weeks: readonly string[]): Column<CadenceRow>[] {
  return [
    { header: 'Channel', rowHeader: true, cell: (row) => CHANNEL_LABELS[row.channel] },
    { header: 'Target', cell: (row) => (row.target === null ? 'None set' : `${row.target} a week`) },
    ...weeks.map((weekOf, index): Column<CadenceRow> => ({
      header: `Week of ${shortDay(weekOf)}`,
      cell: (row) => {
        const posts = row.weeks[index].posts;
        const className = row.target === null ? undefined : STANDING_CLASS[cadenceStanding(posts, row.target)];
        return <span className={className}>{cadenceWording(posts, row.target)}</span>;
      },
    })),
    { header: weeks.length === 1 ? 'This week' : 'Over these weeks', cell: cadenceSummary },
  ];
}

interface Props {
  rows: readonly CadenceRow[];
  /** The Mondays of the weeks shown. */
  weeks: readonly string[];
}

/** Posts per channel each week, in words against the channel's target when it has one (never colour alone). */
export function CadenceTable({ rows, weeks }: Props) {
  if (rows.length === 0) return <p className="muted">No posts in these weeks.</p>;
  return <DataTable caption="Posts per week by channel" columns={columnsFor(weeks)} rows={rows} />;
}
