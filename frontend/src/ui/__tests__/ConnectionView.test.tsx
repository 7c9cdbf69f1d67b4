import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConnectionView, type Connection, type ConnectionViewProps } from '../data-display/ConnectionView';
import type { Column } from '../data-display/DataTable';

interface Fruit {
  id: string;
  name: string;
  colour: string;
}

const columns: Column<Fruit>[] = [
  { header: 'Name', rowHeader: true, cell: (fruit) => fruit.name },
  { header: 'Colour', className: 'nowrap', cell: (fruit) => fruit.colour },
];

function fruits(names: string[], pageInfo = { hasNextPage: false, endCursor: 'end-1' }, totalCount = names.length) {
  const connection: Connection<Fruit> = {
    totalCount,
    edges: names.map((name) => ({ node: { id: `fruit-${name}`, name, colour: name === 'Banana' ? 'Yellow' : 'Red' } })),
    pageInfo,
  };
  return connection;
}

function renderView(props: Partial<ConnectionViewProps<Fruit>> = {}) {
  const paging = { page: 1, next: vi.fn(), previous: vi.fn(), ...props.paging };
  const onRetry = vi.fn();
  render(
    <ConnectionView<Fruit>
      connection={undefined}
      fetching={false}
      onRetry={onRetry}
      loadingLabel="Loading fruit…"
      emptyMessage="No fruit yet."
      caption="Fruit"
      columns={columns}
      pagesLabel="Fruit pages"
      pageSize={2}
      {...props}
      paging={paging}
    />,
  );
  return { paging, onRetry };
}

describe('ConnectionView', () => {
  it('announces loading until the first page arrives', () => {
    renderView({ fetching: true });
    expect(screen.getByRole('status')).toHaveTextContent('Loading fruit…');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows what went wrong with a retry while there is nothing to show', async () => {
    const { onRetry } = renderView({ error: 'The server did not answer.' });
    expect(screen.getByRole('alert')).toHaveTextContent('The server did not answer.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('keeps the page shown when a later request fails or is under way', () => {
    renderView({ connection: fruits(['Apple']), error: 'The server did not answer.', fetching: true });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Apple' })).toBeInTheDocument();
  });

  it('says so when the connection has no nodes, without a table or page navigation', () => {
    renderView({ connection: fruits([]) });
    expect(screen.getByText('No fruit yet.')).toHaveClass('empty');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('renders each node as a row under column headers, in a table named by the caption', () => {
    renderView({ connection: fruits(['Apple', 'Banana']) });
    const table = screen.getByRole('table', { name: 'Fruit' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Name', 'Colour']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Apple', 'Banana']);
    expect(within(rows[1]).getByRole('cell', { name: 'Yellow' })).toHaveClass('nowrap');
  });

  it('shows the summary of the total count above the table', () => {
    renderView({
      connection: fruits(['Apple'], { hasNextPage: true, endCursor: 'end-1' }, 7),
      summary: (total) => <p>{total} fruits</p>,
    });
    expect(screen.getByText('7 fruits')).toBeInTheDocument();
  });

  it('asks for the next page with the end cursor of the page shown', async () => {
    const { paging } = renderView({
      connection: fruits(['Apple', 'Banana'], { hasNextPage: true, endCursor: 'cursor-after-banana' }, 3),
    });
    const pages = screen.getByRole('navigation', { name: 'Fruit pages' });
    expect(pages).toHaveTextContent('Page 1 of 2');
    await userEvent.setup().click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(paging.next).toHaveBeenCalledExactlyOnceWith('cursor-after-banana');
  });

  it('goes back a page on Previous', async () => {
    const { paging } = renderView({
      connection: fruits(['Cherry'], { hasNextPage: false, endCursor: 'end-2' }, 3),
      paging: { page: 2, next: vi.fn(), previous: vi.fn() },
    });
    expect(screen.getByRole('navigation', { name: 'Fruit pages' })).toHaveTextContent('Page 2 of 2');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Previous page' }));
    expect(paging.previous).toHaveBeenCalledOnce();
    expect(paging.next).not.toHaveBeenCalled();
  });

  it('disables Previous on the first page', () => {
    renderView({ connection: fruits(['Apple', 'Banana'], { hasNextPage: true, endCursor: 'end-1' }, 3) });
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeEnabled();
  });

  it('disables Next on the last page', () => {
    renderView({
      connection: fruits(['Cherry'], { hasNextPage: false, endCursor: 'end-2' }, 3),
      paging: { page: 2, next: vi.fn(), previous: vi.fn() },
    });
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeEnabled();
  });

  it('leaves out the page navigation when one page holds everything', () => {
    renderView({ connection: fruits(['Apple', 'Banana']) });
    expect(screen.getByRole('table', { name: 'Fruit' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
