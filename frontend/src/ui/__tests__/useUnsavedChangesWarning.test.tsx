import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNSAVED_CHANGES_MESSAGE, useUnsavedChangesWarning } from '../form/useUnsavedChangesWarning';

function Form() {
  const [name, setName] = useState('');
  const [saved, setSaved] = useState('');
  useUnsavedChangesWarning(name !== saved);
  return (
    <>
      <label>
        Name <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="button" onClick={() => setSaved(name)}>
        Save
      </button>
      <Link to="/elsewhere">Leave</Link>
    </>
  );
}

function renderForm() {
  const router = createMemoryRouter(
    [
      { path: '/', element: <Form /> },
      { path: '/elsewhere', element: <p>Elsewhere</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const unload = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

afterEach(() => vi.restoreAllMocks());

describe('useUnsavedChangesWarning', () => {
  it('lets the user leave a form without changes without asking', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    renderForm();
    expect(unload()).toBe(false);
    await userEvent.setup().click(screen.getByRole('link', { name: 'Leave' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before leaving unsaved changes, and stays when the user says no', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), 'Flu');
    expect(unload()).toBe(true);

    await user.click(screen.getByRole('link', { name: 'Leave' }));
    expect(confirm).toHaveBeenCalledWith(UNSAVED_CHANGES_MESSAGE);
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByLabelText('Name')).toHaveValue('Flu');

    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('link', { name: 'Leave' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
  });

  it('stops asking once the changes are saved', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), 'Flu');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(unload()).toBe(false);
    await user.click(screen.getByRole('link', { name: 'Leave' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(confirm).not.toHaveBeenCalled();
  });
});
