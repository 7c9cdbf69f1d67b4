import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type TableSelection } from '../data-display/DataTable';

type Row = { id: string; name: string; locked: boolean };
const rows: Row[] = [
  { id: 'a', name: 'Movember', locked: false },
  { id: 'b', name: 'Flu shots', locked: true },
  { id: 'c', name: 'Heart month', locked: false },
];

function selection(selected: string[], overrides: Partial<TableSelection<Row>> = {}): TableSelection<Row> {
  return {
    isSelected: (row) => selected.includes(row.id),
    isSelectable: (row) => !row.locked,
    onToggle: vi.fn(),
    onToggleAll: vi.fn(),
    rowLabel: (row) => row.name,
    allLabel: 'Select every campaign on this page',
    ...overrides,
  };
}

describe('DataTable selection', () => {
  it('gives each selectable row a named checkbox and none to rows that cannot take the action', async () => {
    const onToggle = vi.fn();
    render(
      <DataTable
        caption="Campaigns"
        columns={[{ header: 'Name', rowHeader: true, cell: (row: Row) => row.name }]}
        rows={rows}
        selection={selection(['c'], { onToggle })}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Select Movember' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Heart month' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Select Flu shots' })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Movember' }));
    expect(onToggle).toHaveBeenCalledWith(rows[0], true);
  });

  it('ticks every selectable row at once and shows all ticked when they are', async () => {
    const onToggleAll = vi.fn();
    const { rerender } = render(
      <DataTable
        caption="Campaigns"
        columns={[{ header: 'Name', cell: (row: Row) => row.name }]}
        rows={rows}
        selection={selection([], { onToggleAll })}
      />,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select every campaign on this page' }));
    expect(onToggleAll).toHaveBeenCalledWith([rows[0], rows[2]], true);
    rerender(
      <DataTable
        caption="Campaigns"
        columns={[{ header: 'Name', cell: (row: Row) => row.name }]}
        rows={rows}
        selection={selection(['a', 'c'], { onToggleAll })}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Select every campaign on this page' })).toBeChecked();
  });
});
