import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { JustificationForm, validateJustification } from '../form/JustificationForm';

const rules = { purpose: 'this answer may be shown', min: 20, max: 40 };

describe('validateJustification', () => {
  it('asks for a reason, then for enough of one, then for less, in words naming the action', () => {
    expect(validateJustification('   ', rules)).toBe('Say why this answer may be shown, in at least 20 characters');
    expect(validateJustification('too short', rules)).toBe('The reason needs at least 20 characters (9 so far)');
    expect(validateJustification('x'.repeat(41), rules)).toBe('Keep the reason to 40 characters or fewer');
    expect(validateJustification('  It names nobody at all, checked.  ', rules)).toBeUndefined();
  });
});

describe('JustificationForm', () => {
  function renderForm(serverError?: string) {
    const onSubmit = vi.fn();
    const onCancel = vi.fn();
    render(
      <JustificationForm
        id="why"
        title="Release the answer"
        label="Why it may be shown"
        keptFor="Kept in the audit log."
        {...rules}
        submitLabel="Release"
        busyLabel="Releasing…"
        busy={false}
        serverError={serverError}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />,
    );
    return { onSubmit, onCancel };
  }

  it('sends the trimmed reason only once it is long enough, saying what is missing before', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm();
    const field = screen.getByRole('textbox', { name: /Why it may be shown/ });
    expect(field).toHaveAccessibleDescription(/At least 20 characters\. Kept in the audit log\./);

    await user.type(field, 'short');
    await user.click(screen.getByRole('button', { name: 'Release' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(field).toHaveAccessibleDescription(/The reason needs at least 20 characters \(5 so far\)/);

    await user.type(field, ' but now it is long enough  ');
    await user.click(screen.getByRole('button', { name: 'Release' }));
    expect(onSubmit).toHaveBeenCalledWith('short but now it is long enough');
  });

  it("shows the server's objection in the field and goes back on cancel", async () => {
    const user = userEvent.setup();
    const { onCancel } = renderForm('Only a compliance officer may release answers');
    expect(screen.getByRole('form', { name: 'Release the answer' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Why it may be shown/ })).toHaveAccessibleDescription(
      /Only a compliance officer may release answers/,
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
