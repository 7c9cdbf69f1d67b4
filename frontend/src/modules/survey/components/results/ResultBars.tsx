import { useId, useState } from 'react';
import { formatNumber } from '@/ui/utils/format';
import { formatPercent } from '../../utils/surveyLabels';

export interface ResultBar {
  key: string;
  label: string;
  count: number;
  /** 0 to 100, as the API gives it. */
  percent: number;
  /** QUIZ: a right answer. */
  correct?: boolean;
}

interface Props {
  /** Names the chart and its table, e.g. the question's prompt. */
  caption: string;
  /** The first column's header in the table view: "Option", "Stars", "Score". */
  labelHeader: string;
  bars: readonly ResultBar[];
  /** Whether to say which options are right (a quiz). */
  quiz?: boolean;
}

/**
 * A horizontal bar chart in HTML and CSS: one row per option or value, its label, count and
 * percentage as text and a bar as long as its percentage (decoration, hidden from screen readers,
 * as the text says it all). "Show as table" gives the same figures as a data table.
 */
export function ResultBars({ caption, labelHeader, bars, quiz = false }: Props) {
  const [table, setTable] = useState(false);
  const id = useId();
  return (
    <div className="result-bars">
      <button
        type="button"
        className="button button--small button--quiet result-bars__toggle"
        aria-pressed={table}
        aria-controls={id}
        onClick={() => setTable((shown) => !shown)}
      >
        Show as table
      </button>
      <div id={id}>
        {table ? (
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{labelHeader}</th>
                  <th scope="col">Responses</th>
                  <th scope="col">Share</th>
                  {quiz && <th scope="col">Right answer</th>}
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.key}>
                    <th scope="row">{bar.label}</th>
                    <td>{formatNumber(bar.count)}</td>
                    <td>{formatPercent(bar.percent)}</td>
                    {quiz && <td>{bar.correct ? 'Yes' : 'No'}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <ul className="result-bars__list" aria-label={caption}>
            {bars.map((bar) => (
              <li key={bar.key} className={bar.correct ? 'result-bar result-bar--correct' : 'result-bar'}>
                <span className="result-bar__label">
                  {bar.label}
                  {quiz && bar.correct && <span className="result-bar__right"> (right answer)</span>}
                </span>
                <span className="result-bar__track" aria-hidden="true">
                  <span className="result-bar__fill" style={{ width: `${Math.min(100, Math.max(0, bar.percent))}%` }} />
                </span>
                <span className="result-bar__figures">
                  {formatNumber(bar.count)} ({formatPercent(bar.percent)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
