import { useRef, type ReactNode } from 'react';
import { Fieldset } from './Fieldset';
import type { BoundField } from './useFormFields';

/** What a row's render function gets besides the row itself. */
export interface RowContext<Row> {
  index: number;
  /** The fieldset's id and the row's key: the prefix of the row's control ids. */
  id: string;
  /** Merges a change into this row. */
  update: (change: Partial<Row>) => void;
}

interface RepeatableRowsProps<Row extends { key: string }> extends BoundField<Row[]> {
  hint?: string;
  /** Shown above the (empty) list when there are no rows. */
  emptyText: string;
  addLabel: string;
  newRow: () => Row;
  /** Names a row on its remove button, after "Remove": `source 2` gives "Remove source 2". */
  rowName: (index: number) => string;
  listClassName: string;
  rowClassName: string;
  /** Whether a row may go (a built-in one may not); every row when omitted. */
  removable?: (row: Row, index: number) => boolean;
  /** The most rows allowed: past it the add button says so instead of adding one. */
  maxRows?: number;
  children: (row: Row, context: RowContext<Row>) => ReactNode;
}

const FIELDS = 'input, select, textarea';

/**
 * A fieldset of rows the user adds and removes (citations, KPI targets …), each row with its own
 * remove button (but the rows `removable` keeps). Adding a row focuses its first field; removing
 * one focuses the add button, which is always there, whichever row went: at `maxRows` it stays
 * focusable, marked unavailable, and says why.
 */
export function RepeatableRows<Row extends { key: string }>({
  id,
  label,
  hint,
  error,
  value: rows,
  onChange,
  emptyText,
  addLabel,
  newRow,
  rowName,
  listClassName,
  rowClassName,
  removable = () => true,
  maxRows,
  children,
}: RepeatableRowsProps<Row>) {
  const addButton = useRef<HTMLButtonElement>(null);
  // The row just added, focused when its element mounts.
  const added = useRef<string | null>(null);
  const focusIfAdded = (key: string) => (element: HTMLLIElement | null) => {
    if (!element || added.current !== key) return;
    added.current = null;
    element.querySelector<HTMLElement>(FIELDS)?.focus();
  };

  const update = (key: string, change: Partial<Row>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const full = maxRows !== undefined && rows.length >= maxRows;
  const add = () => {
    if (full) return;
    const row = newRow();
    added.current = row.key;
    onChange([...rows, row]);
  };
  const remove = (key: string) => {
    onChange(rows.filter((row) => row.key !== key));
    addButton.current?.focus();
  };

  return (
    <Fieldset id={id} label={label} hint={hint} error={error}>
      {rows.length === 0 && <p className="muted">{emptyText}</p>}
      <ol className={listClassName}>
        {rows.map((row, index) => (
          <li key={row.key} ref={focusIfAdded(row.key)} className={rowClassName}>
            {children(row, { index, id: `${id}-${row.key}`, update: (change) => update(row.key, change) })}
            {removable(row, index) && (
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Remove ${rowName(index)}`}
                onClick={() => remove(row.key)}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        className="button"
        aria-disabled={full || undefined}
        aria-describedby={full ? `${id}-full` : undefined}
        onClick={add}
      >
        {addLabel}
      </button>
      {full && (
        <p id={`${id}-full`} className="field__hint">
          {maxRows} at most: remove one to add another.
        </p>
      )}
    </Fieldset>
  );
}
