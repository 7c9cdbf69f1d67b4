import type { ReactNode } from 'react';
import '../styles/liveqa.css';

interface Props {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}

/** One column of the moderation board, a labelled region with its count. */
export function QuestionColumn({ id, title, count, empty, children }: Props) {
  return (
    <section className="question-column" aria-labelledby={id}>
      <h2 id={id} className="question-column__title">
        {title} <span className="question-column__count">{count}</span>
      </h2>
      {count === 0 ? (
        <p className="question-column__empty">{empty}</p>
      ) : (
        <div className="question-column__list">{children}</div>
      )}
    </section>
  );
}
