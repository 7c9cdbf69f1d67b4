import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { DataTable, type Column } from '@/ui/data-display/DataTable';
import { cadenceStanding, cadenceSummary, cadenceWording, type CadenceRow } from '../utils/cadence';
import { shortDay } from '../utils/calendarLabels';

const STANDING_CLASS = { on: 'cadence--on', under: 'cadence--under', over: 'cadence--over' } as const;

function columnsFor(weeks: readonly string[], target: number | null): Column<CadenceRow>[] {
  return [
    { header: 'Channel', rowHeader: true, cell: (row) => CHANNEL_LABELS[row.channel] },
    ...weeks.map((weekOf, index): Column<CadenceRow> => ({
      header: `Week of ${shortDay(weekOf)}`,
      cell: (row) => {
        const posts = row.weeks[index].posts;
        const className = target === null ? undefined : STANDING_CLASS[cadenceStanding(posts, target)];
        return <span className={className}>{cadenceWording(posts, target)}</span>;
      },
    })),
    { header: weeks.length === 1 ? 'This week' : 'Over these weeks', cell: (row) => cadenceSummary(row, target) },
  ];
}

interface Props {
  rows: readonly CadenceRow[];
  /** The Mondays of the weeks shown. */
  weeks: readonly string[];
  target: number | null;
}

/** Posts per channel each week, in words against the target when there is one (never colour alone). */
export function CadenceTable({ rows, weeks, target }: Props) {
  if (rows.length === 0) return <p className="muted">No posts in these weeks.</p>;
  return <DataTable caption="Posts per week by channel" columns={columnsFor(weeks, target)} rows={rows} />;
}
