import { useId, type ReactNode } from 'react';
import type { QueueSort } from '../utils/consoleColumns';
import '../styles/liveqa.css';

const SORT_LABELS: Record<QueueSort, string> = { votes: 'Most votes', newest: 'Newest first', oldest: 'Oldest first' };

interface Props {
  id: string;
  title: string;
  /** Questions shown (after the search). */
  count: number;
  /** Questions in the queue, when a search hides some. */
  total?: number;
  empty: string;
  sort: QueueSort;
  onSort: (sort: QueueSort) => void;
  /** Shown above the cards, e.g. the pending queue's bulk actions. */
  toolbar?: ReactNode;
  children: ReactNode;
}

/** One queue of the moderation board, a labelled region with its count and its order. */
export function QuestionColumn({ id, title, count, total, empty, sort, onSort, toolbar, children }: Props) {
  const sortId = useId();
  const filtered = total !== undefined && total !== count;
  return (
    <section className="question-column" aria-labelledby={id}>
      <div className="question-column__head">
        <h2 id={id} className="question-column__title">
          {title}{' '}
          <span className="question-column__count">
            {filtered ? (
              <>
                {count}
                <span className="visually-hidden"> shown</span> of {total}
              </>
            ) : (
              count
            )}
          </span>
        </h2>
        <label className="question-column__sort" htmlFor={sortId}>
          <span className="visually-hidden">Sort {title.toLowerCase()} by</span>
          <select
            id={sortId}
            className="input"
            value={sort}
            onChange={(event) => onSort(event.target.value as QueueSort)}
          >
            {(Object.keys(SORT_LABELS) as QueueSort[]).map((value) => (
              <option key={value} value={value}>
                {SORT_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {count > 0 && toolbar}
      {count === 0 ? (
        <p className="question-column__empty">{filtered ? 'No question matches your search.' : empty}</p>
      ) : (
        <div className="question-column__list">{children}</div>
      )}
    </section>
  );
}
