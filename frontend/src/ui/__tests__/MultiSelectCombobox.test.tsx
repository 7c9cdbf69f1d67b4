import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MultiSelectCombobox } from '../form/MultiSelectCombobox';

const OPTIONS = [
  { value: 'a', label: 'Parents of toddlers' },
  { value: 'b', label: 'Seniors 65+' },
  { value: 'c', label: 'Parents of teens' },
  { value: 'd', label: 'Runners' },
];

function Picker({ initial = [] as string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <MultiSelectCombobox
        id="segments"
        label="Audience segments"
        options={OPTIONS}
        value={value}
        onChange={setValue}
        noun={['segment', 'segments']}
      />
      <output data-testid="value">{value.join(',')}</output>
    </>
  );
}

const combobox = () => screen.getByRole('combobox', { name: 'Audience segments' });
const chosen = () => screen.getByTestId('value').textContent;
const announced = () =>
  screen
    .getAllByRole('status')
    .map((node) => node.textContent)
    .join(' ');

describe('MultiSelectCombobox', () => {
  it('filters as the user types and announces how many match', async () => {
    render(<Picker />);
    const user = userEvent.setup();
    await user.type(combobox(), 'parents');

    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Audience segments' });
    expect(listbox).toHaveAttribute('aria-multiselectable', 'true');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Parents of toddlers', 'Parents of teens']);
    expect(announced()).toContain('2 segments match. 0 selected.');

    await user.type(combobox(), 'xyz');
    expect(screen.getByText('No segments match “parentsxyz”.')).toBeInTheDocument();
  });

  it('moves with the arrows and toggles with Enter and Space, keeping the focus in the text box', async () => {
    render(<Picker />);
    const user = userEvent.setup();
    await user.click(combobox());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const seniors = screen.getByRole('option', { name: 'Seniors 65+' });
    expect(combobox()).toHaveAttribute('aria-activedescendant', seniors.id);

    await user.keyboard('{Enter}');
    expect(chosen()).toBe('b');
    expect(seniors).toHaveAttribute('aria-selected', 'true');
    expect(announced()).toContain('Added Seniors 65+. 1 selected.');

    await user.keyboard('{ArrowDown} ');
    expect(chosen()).toBe('b,c');
    await user.keyboard(' ');
    expect(chosen()).toBe('b');
    expect(announced()).toContain('Removed Parents of teens. 1 selected.');
    expect(combobox()).toHaveFocus();
  });

  it('types a space while filtering, before the arrows have moved', async () => {
    render(<Picker />);
    const user = userEvent.setup();
    await user.type(combobox(), 'of te');
    expect(combobox()).toHaveValue('of te');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(chosen()).toBe('');
  });

  it('closes on Escape, then clears the filter on a second Escape', async () => {
    render(<Picker />);
    const user = userEvent.setup();
    await user.type(combobox(), 'run');
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveValue('run');
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveValue('');
  });

  it('shows the chosen ones as chips with a remove button', async () => {
    render(<Picker initial={['a', 'd']} />);
    const user = userEvent.setup();
    const chips = screen.getByRole('list', { name: 'Selected segments' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual(['Parents of toddlers×', 'Runners×']);
    await user.click(screen.getByRole('button', { name: 'Remove Runners' }));
    expect(chosen()).toBe('a');
    expect(combobox()).toHaveFocus();

    await user.keyboard('{Backspace}');
    expect(chosen()).toBe('');
  });
});
