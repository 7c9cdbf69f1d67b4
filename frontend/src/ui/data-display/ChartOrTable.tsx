import { useState, type ReactNode } from 'react';
import './bars.css';

interface Props {
  /** What is shown, in the buttons' names: "the themes" gives "Chart of the themes" and "Table of the themes". */
  subject: string;
  chart: ReactNode;
  table: ReactNode;
}

/**
 * A chart with a table of the same figures one press away: two toggle buttons (aria-pressed) in a
 * named group, the chart first, each named by what it shows so several on a page are told apart. The table suits a screen reader or a reader who compares exact
 * numbers; the chart's own text says the figures too.
 */
export function ChartOrTable({ subject, chart, table }: Props) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <div className="chart-or-table">
      <div className="chart-or-table__switch" role="group" aria-label={`Show ${subject} as`}>
        <button
          type="button"
          className="button button--small"
          aria-pressed={view === 'chart'}
          aria-label={`Chart of ${subject}`}
          onClick={() => setView('chart')}
        >
          Chart
        </button>
        <button
          type="button"
          className="button button--small"
          aria-pressed={view === 'table'}
          aria-label={`Table of ${subject}`}
          onClick={() => setView('table')}
        >
          Table
        </button>
      </div>
      {view === 'chart' ? chart : table}
    </div>
  );
}
