import { useState, type ReactNode } from 'react';
import type { Sort, SortDirection } from '../hooks/useListState';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** The column that names each row: its cells are row headers (and card titles on a phone). */
  rowHeader?: boolean;
  className?: string;
  /** The API's order field behind this column; the header becomes a sort button. */
  sortField?: string;
  /** The direction a first click sorts in, e.g. newest first for dates. Ascending if omitted. */
  firstDirection?: SortDirection;
  /** The cell as text for a CSV export; columns without it are left out of exports. */
  csv?: (row: Row) => string;
}

/** Sorting of a table: the order shown and how to ask for another. */
export interface TableSorting {
  sort: Sort;
  onSort: (sort: Sort) => void;
}

/** Rows ticked for a bulk action: a checkbox column first, with one to tick every selectable row. */
export interface TableSelection<Row> {
  isSelected: (row: Row) => boolean;
  /** Rows that cannot take the bulk action get no checkbox. */
  isSelectable: (row: Row) => boolean;
  onToggle: (row: Row, on: boolean) => void;
  onToggleAll: (rows: readonly Row[], on: boolean) => void;
  /** Names a row in its checkbox's label: "Select Movember". */
  rowLabel: (row: Row) => string;
  /** The label of the checkbox that ticks every row, e.g. "Select every campaign on this page". */
  allLabel: string;
}

interface DataTableProps<Row extends { id: string }> {
  /** Names the table for screen readers; not shown. */
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  sorting?: TableSorting;
  selection?: TableSelection<Row>;
}

/** The same columns with the API's order fields added, keyed by header, for columns defined elsewhere. */
export function withSortFields<Row>(
  columns: readonly Column<Row>[],
  fields: Record<string, string | { field: string; firstDirection: SortDirection }>,
): Column<Row>[] {
  return columns.map((column) => {
    const sort = fields[column.header];
    if (!sort) return column;
    return typeof sort === 'string'
      ? { ...column, sortField: sort }
      : { ...column, sortField: sort.field, firstDirection: sort.firstDirection };
  });
}

const ARIA_SORT = { ASC: 'ascending', DESC: 'descending' } as const;

/**
 * One row per item, one column per definition, the naming column as row headers. A column with
 * a `sortField` gets a button in its header (aria-sort tells which column orders the rows); a
 * second click reverses the order. Narrower than 600 px each row is drawn as a card of
 * label: value pairs (global.css); the elements stay a table for assistive technology.
 */
export function DataTable<Row extends { id: string }>({
  caption,
  columns,
  rows,
  sorting,
  selection,
}: DataTableProps<Row>) {
  const selectable = selection ? rows.filter(selection.isSelectable) : [];
  const allSelected = selectable.length > 0 && selectable.every((row) => selection?.isSelected(row));
  const [announcement, setAnnouncement] = useState('');
  const sortBy = (column: Column<Row>) => {
    if (!sorting || !column.sortField) return;
    const active = sorting.sort.field === column.sortField;
    const direction: SortDirection = active
      ? sorting.sort.direction === 'ASC'
        ? 'DESC'
        : 'ASC'
      : (column.firstDirection ?? 'ASC');
    sorting.onSort({ field: column.sortField, direction });
    setAnnouncement(`Sorted by ${column.header}, ${ARIA_SORT[direction]}.`);
  };

  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="table__select" data-label="Select">
                <input
                  type="checkbox"
                  aria-label={selection.allLabel}
                  checked={allSelected}
                  disabled={selectable.length === 0}
                  onChange={(event) => selection.onToggleAll(selectable, event.target.checked)}
                />
              </th>
            )}
            {columns.map((column) => {
              const sortable = Boolean(sorting && column.sortField);
              const active = sortable && sorting?.sort.field === column.sortField;
              return (
                <th
                  key={column.header}
                  scope="col"
                  className={sortable ? 'table__sortable' : undefined}
                  aria-sort={active && sorting ? ARIA_SORT[sorting.sort.direction] : undefined}
                >
                  {sortable ? (
                    <button type="button" className="table__sort" onClick={() => sortBy(column)}>
                      {column.header}
                      <span className="table__sort-icon" aria-hidden="true">
                        {active ? (sorting?.sort.direction === 'ASC' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {selection && (
                <td className="table__select" data-label="Select">
                  {selection.isSelectable(row) && (
                    <input
                      type="checkbox"
                      aria-label={`Select ${selection.rowLabel(row)}`}
                      checked={selection.isSelected(row)}
                      onChange={(event) => selection.onToggle(row, event.target.checked)}
                    />
                  )}
                </td>
              )}
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.header} scope="row" className={column.className} data-label={column.header}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={column.className} data-label={column.header}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {sorting && (
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      )}
    </div>
  );
}
