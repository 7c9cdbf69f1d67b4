import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CheckboxField } from '../form/CheckboxField';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { Fieldset } from '../form/Fieldset';
import { TextAreaField } from '../form/TextAreaField';
import { TextField } from '../form/TextField';
import { useFormFields } from '../form/useFormFields';

interface Values {
  name: string;
  budgetAmount: string;
  channels: string[];
  newsletter: boolean;
}
type Name = 'name' | 'budget' | 'amount' | 'channels' | 'newsletter';
type Errors = Partial<Record<Name, string>>;

const INITIAL: Values = { name: 'Flu shots', budgetAmount: '100', channels: ['SMS'], newsletter: false };
const LABELS: Record<Name, string> = {
  name: 'Name',
  budget: 'Budget',
  amount: 'Budget amount',
  channels: 'Channels',
  newsletter: 'Send the newsletter',
};
const options = { labels: LABELS, fieldId: (name: Name) => `test-${name}` };

function TestForm({ errors = {}, nameHint }: { errors?: Errors; nameHint?: string }) {
  const { values, field, fieldset } = useFormFields(INITIAL, { ...options, errors });
  return (
    <form>
      <TextField {...field('name')} hint={nameHint} />
      <Fieldset {...fieldset('budget')}>
        <TextField {...field('budgetAmount', 'amount')} />
      </Fieldset>
      <CheckboxGroup
        {...field('channels')}
        options={[
          { value: 'SMS', label: 'Text message' },
          { value: 'EMAIL', label: 'Email' },
        ]}
      />
      <CheckboxField {...field('newsletter')} />
      <output aria-label="Values">{JSON.stringify(values)}</output>
    </form>
  );
}

const shownValues = () => JSON.parse(screen.getByRole('status', { name: 'Values' }).textContent ?? '') as Values;

describe('useFormFields', () => {
  it('gives a field its id, label, value and error by the name it goes by', () => {
    const { result } = renderHook(() => useFormFields(INITIAL, { ...options, errors: { amount: 'Too much.' } }));
    expect(result.current.field('name')).toMatchObject({ id: 'test-name', label: 'Name', value: 'Flu shots' });
    expect(result.current.field('name').error).toBeUndefined();
    expect(result.current.field('budgetAmount', 'amount')).toMatchObject({
      id: 'test-amount',
      label: 'Budget amount',
      value: '100',
      error: 'Too much.',
    });
  });

  it('writes a change back to the value the field is bound to and to no other', () => {
    const { result } = renderHook(() => useFormFields(INITIAL, options));
    act(() => result.current.field('budgetAmount', 'amount').onChange('250'));
    expect(result.current.values).toEqual({ ...INITIAL, budgetAmount: '250' });
  });

  it('replaces every value at once', () => {
    const { result } = renderHook(() => useFormFields(INITIAL, options));
    act(() => result.current.setValues({ ...INITIAL, name: '' }));
    expect(result.current.field('name').value).toBe('');
  });

  it('shows each value in its labelled control', () => {
    render(<TestForm />);
    expect(screen.getByLabelText('Name')).toHaveValue('Flu shots');
    expect(screen.getByLabelText('Budget amount')).toHaveValue('100');
    expect(screen.getByLabelText('Text message')).toBeChecked();
    expect(screen.getByLabelText('Send the newsletter')).not.toBeChecked();
  });

  it('keeps what the user types, ticks and unticks in the form values', async () => {
    render(<TestForm />);
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Movember');
    await user.type(screen.getByLabelText('Budget amount'), '5');
    await user.click(screen.getByLabelText('Email'));
    await user.click(screen.getByLabelText('Text message'));
    await user.click(screen.getByLabelText('Send the newsletter'));
    expect(shownValues()).toEqual({ name: 'Movember', budgetAmount: '1005', channels: ['EMAIL'], newsletter: true });
  });

  it('shows an error next to its control, marks it invalid and links it by aria-describedby', () => {
    render(<TestForm errors={{ name: 'Enter a name.' }} />);
    const name = screen.getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAttribute('aria-describedby', 'test-name-error');
    expect(document.getElementById('test-name-error')).toHaveTextContent('Error: Enter a name.');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Enter a name.'));
  });

  it('describes a control by its hint first, then its error', () => {
    render(<TestForm errors={{ name: 'Enter a name.' }} nameHint="As patients will see it." />);
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-describedby', 'test-name-hint test-name-error');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(
      /^As patients will see it\. Error: ?Enter a name\.$/,
    );
  });

  it('leaves controls without an error unmarked and undescribed', () => {
    render(<TestForm errors={{ name: 'Enter a name.' }} />);
    const amount = screen.getByLabelText('Budget amount');
    expect(amount).not.toHaveAttribute('aria-invalid');
    expect(amount).not.toHaveAttribute('aria-describedby');
    expect(screen.getByLabelText('Send the newsletter')).not.toHaveAttribute('aria-invalid');
  });

  it('puts the error of a value reported under another name on that value’s control', () => {
    render(<TestForm errors={{ amount: 'Use at most two decimal places.' }} />);
    const amount = screen.getByLabelText('Budget amount');
    expect(amount).toHaveAttribute('id', 'test-amount');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('Use at most two decimal places.'));
  });

  it('gives a fieldset its legend and links the group’s own error to it', () => {
    render(<TestForm errors={{ budget: 'Enter an amount and a currency.', channels: 'Choose a channel.' }} />);
    const budget = screen.getByRole('group', { name: 'Budget' });
    expect(budget).toHaveAttribute('id', 'test-budget');
    expect(budget).toHaveAccessibleDescription(expect.stringContaining('Enter an amount and a currency.'));
    expect(screen.getByLabelText('Budget amount')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Channels' })).toHaveAccessibleDescription(
      expect.stringContaining('Choose a channel.'),
    );
  });

  it('marks a checkbox with an error invalid and describes it by the error', () => {
    render(<TestForm errors={{ newsletter: 'Only with consent.' }} />);
    const checkbox = screen.getByRole('checkbox', { name: 'Send the newsletter' });
    expect(checkbox).toHaveAttribute('aria-invalid', 'true');
    expect(checkbox).toHaveAccessibleDescription(expect.stringContaining('Only with consent.'));
  });
});

describe('Field', () => {
  it('reads text named by describedBy after the control’s own hint and error', () => {
    render(
      <>
        <p id="privacy">No health details, please.</p>
        <TextAreaField
          id="question"
          label="Your question"
          hint="Be brief."
          error="Type your question first."
          describedBy="privacy"
          value=""
          onChange={() => {}}
        />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Your question' })).toHaveAttribute(
      'aria-describedby',
      'question-hint question-error privacy',
    );
  });
});
