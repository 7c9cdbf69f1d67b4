import { useEffect, useRef } from 'react';

export interface SummaryItem {
  message: string;
  /** Id of the control to jump to; omitted for errors of the whole form. */
  targetId?: string;
}

/** Lists every problem at the top of a form and takes focus so it is read out first. */
export function FormErrorSummary({ items, attempt }: { items: readonly SummaryItem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
  }, [attempt, items.length]);

  if (items.length === 0) return null;
  return (
    <div ref={ref} className="alert alert--error" role="alert" tabIndex={-1} aria-labelledby="form-error-summary-title">
      <p id="form-error-summary-title" className="alert__title">
        Please fix the following
      </p>
      <ul>
        {items.map((item, index) =>
          item.targetId ? (
            <li key={index}>
              <a href={`#${item.targetId}`}>{item.message}</a>
            </li>
          ) : (
            <li key={index}>{item.message}</li>
          ),
        )}
      </ul>
    </div>
  );
}
