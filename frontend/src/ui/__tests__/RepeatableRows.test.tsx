import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RepeatableRows } from '../form/RepeatableRows';
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';

interface Row {
  key: string;
  kind: string;
  name: string;
}

let keys = 0;
const row = (name = ''): Row => ({ key: `row${++keys}`, kind: '', name });

interface GuestsProps {
  initial?: Row[];
  error?: string;
  removable?: (row: Row, index: number) => boolean;
  maxRows?: number;
}

function Guests({ initial = [], error, removable, maxRows }: GuestsProps) {
  const [rows, setRows] = useState(initial);
  return (
    <>
      <RepeatableRows
        id="guests"
        label="Guests"
        hint="Everyone who comes along."
        error={error}
        value={rows}
        onChange={setRows}
        emptyText="No guests yet."
        addLabel="Add guest"
        newRow={() => row()}
        rowName={(index) => `guest ${index + 1}`}
        listClassName="rows"
        rowClassName="row"
        removable={removable}
        maxRows={maxRows}
      >
        {(guest, { index, id, update }) => (
          <>
            <SelectField
              id={`${id}-kind`}
              label={`Guest ${index + 1} kind`}
              value={guest.kind}
              emptyLabel="Choose"
              options={[{ value: 'ADULT', label: 'Adult' }]}
              onChange={(kind) => update({ kind })}
            />
            <TextField
              id={`${id}-name`}
              label={`Guest ${index + 1} name`}
              value={guest.name}
              onChange={(name) => update({ name })}
            />
          </>
        )}
      </RepeatableRows>
      <output>{rows.map((guest) => guest.name).join(', ')}</output>
    </>
  );
}

describe('RepeatableRows', () => {
  it('shows its legend, hint, error and empty text', () => {
    render(<Guests error="Add at least one guest." />);
    const group = screen.getByRole('group', { name: 'Guests' });
    expect(group).toHaveAccessibleDescription(/^Everyone who comes along\. Error: ?Add at least one guest\.$/);
    expect(screen.getByText('No guests yet.')).toBeInTheDocument();
  });

  it('adds a row and focuses its first field', async () => {
    const user = userEvent.setup();
    render(<Guests initial={[row('Ana')]} />);
    await user.click(screen.getByRole('button', { name: 'Add guest' }));
    expect(screen.getByLabelText('Guest 2 kind')).toHaveFocus();
    expect(screen.getByLabelText('Guest 2 kind')).toHaveAttribute('id', expect.stringMatching(/^guests-row\d+-kind$/));
    expect(screen.queryByText('No guests yet.')).not.toBeInTheDocument();
  });

  it('updates only the row that changed', async () => {
    const user = userEvent.setup();
    render(<Guests initial={[row('Ana'), row('Ben')]} />);
    await user.type(screen.getByLabelText('Guest 2 name'), 'jamin');
    expect(screen.getByRole('status')).toHaveTextContent('Ana, Benjamin');
  });

  it('removing a row keeps focus sensible: on the add button', async () => {
    const user = userEvent.setup();
    render(<Guests initial={[row('Ana'), row('Ben'), row('Cy')]} />);
    await user.click(screen.getByRole('button', { name: 'Remove guest 2' }));
    expect(screen.getByRole('status')).toHaveTextContent('Ana, Cy');
    expect(screen.getByRole('button', { name: 'Add guest' })).toHaveFocus();
  });

  it('leaves focus on the add button after removing the row just added', async () => {
    const user = userEvent.setup();
    render(<Guests initial={[row('Ana')]} />);
    await user.click(screen.getByRole('button', { name: 'Add guest' }));
    await user.click(screen.getByRole('button', { name: 'Remove guest 2' }));
    expect(screen.queryByLabelText('Guest 2 kind')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add guest' })).toHaveFocus();
    await user.type(screen.getByLabelText('Guest 1 name'), 'stasia');
    expect(screen.getByLabelText('Guest 1 name')).toHaveFocus();
  });

  it('names remove buttons by row, renumbered after a removal', async () => {
    const user = userEvent.setup();
    render(<Guests initial={[row('Ana'), row('Ben')]} />);
    const removeButtons = screen.getAllByRole('button', { name: /^Remove/ });
    expect(removeButtons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Remove guest 1',
      'Remove guest 2',
    ]);
    expect(removeButtons[0]).toHaveTextContent('Remove');
    await user.click(screen.getByRole('button', { name: 'Remove guest 1' }));
    expect(screen.getByRole('button', { name: 'Remove guest 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove guest 2' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Guest 1 name')).toHaveValue('Ben');
  });

  it('keeps the rows that may not be removed without a remove button', () => {
    render(<Guests initial={[row('Ana'), row('Ben')]} removable={(guest) => guest.name !== 'Ana'} />);
    expect(screen.getAllByRole('button', { name: /^Remove/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Remove guest 2',
    ]);
  });

  it('adds no row past the most allowed and says why, keeping the add button focusable', async () => {
    const user = userEvent.setup();
    render(<Guests initial={[row('Ana')]} maxRows={2} />);
    const add = screen.getByRole('button', { name: 'Add guest' });
    await user.click(add);
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription('2 at most: remove one to add another.');
    await user.click(add);
    expect(screen.queryByLabelText('Guest 3 name')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove guest 2' }));
    expect(add).not.toHaveAttribute('aria-disabled');
    expect(add).toHaveFocus();
  });
});
