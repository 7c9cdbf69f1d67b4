import type { ReactNode } from 'react';

export interface DetailItem {
  term: string;
  value: ReactNode;
}

/** A definition list for the fields of one object; empty values read "Not set". */
export function DetailList({ items }: { items: readonly DetailItem[] }) {
  return (
    <dl className="detail-list">
      {items.map((item) => (
        <div key={item.term} className="detail-list__row">
          <dt>{item.term}</dt>
          <dd>{isEmpty(item.value) ? <span className="muted">Not set</span> : item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

const isEmpty = (value: ReactNode) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
