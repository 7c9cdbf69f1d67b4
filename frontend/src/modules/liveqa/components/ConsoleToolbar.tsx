import type { ReactNode, RefObject } from 'react';
import '../styles/liveqa.css';

export type ConsoleView = 'queues' | 'rejected';

interface Props {
  search: string;
  onSearch: (search: string) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  view: ConsoleView;
  onView: (view: ConsoleView) => void;
  rejectedCount: number;
  /** Shown first in the row, e.g. the page's folded session details. */
  start?: ReactNode;
}

/** Above the queues: the search box and the switch between the queues and the rejected questions. */
export function ConsoleToolbar({ search, onSearch, searchRef, view, onView, rejectedCount, start }: Props) {
  return (
    <div className="console-toolbar">
      {start}
      <div className="console-toolbar__search">
        <label htmlFor="console-search">Search questions</label>
        <input
          ref={searchRef}
          id="console-search"
          type="search"
          className="input"
          value={search}
          aria-keyshortcuts="/"
          autoComplete="off"
          onChange={(event) => onSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && search) {
              event.preventDefault();
              onSearch('');
            }
          }}
        />
      </div>
      <div className="console-toolbar__views" role="group" aria-label="Questions to show">
        <button
          type="button"
          className="button button--small"
          aria-pressed={view === 'queues'}
          onClick={() => onView('queues')}
        >
          Queues
        </button>
        <button
          type="button"
          className="button button--small"
          aria-pressed={view === 'rejected'}
          onClick={() => onView('rejected')}
        >
          Rejected <span className="question-column__count">{rejectedCount}</span>
        </button>
      </div>
    </div>
  );
}
