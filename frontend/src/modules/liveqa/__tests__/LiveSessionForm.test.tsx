import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { LiveSessionForm } from '../components/LiveSessionForm';
import { EMPTY_LIVE_SESSION_FORM, type LiveSessionFormValues } from '../utils/liveSessionFormValues';

const MODERATORS = [
  { value: 'user-5', label: 'Elena Novak (moderator@riverside.example)' },
  { value: 'user-6', label: 'Omar Haddad (omar@riverside.example)' },
];

function renderForm(onSubmit: (values: LiveSessionFormValues) => Promise<SubmitOutcome>) {
  const element = (
    <LiveSessionForm
      initialValues={EMPTY_LIVE_SESSION_FORM}
      submitLabel="Create session"
      cancelTo="/live-sessions"
      onSubmit={onSubmit}
      moderatorOptions={MODERATORS}
    />
  );
  render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

async function fillRequired() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^Title/), 'Ask a cardiologist');
  await user.type(screen.getByLabelText(/^Host name/), 'Dr. Lee');
  await user.type(screen.getByLabelText(/^Scheduled start/), '2026-12-01T18:30');
  return user;
}

describe('LiveSessionForm', () => {
  it('shows a userError on the host name field it names', async () => {
    const onSubmit = vi.fn(async () => ({
      userErrors: [{ field: ['input', 'host', 'name'], code: 'TOO_LONG' as const, message: 'Name is too long.' }],
    }));
    renderForm(onSubmit);
    const user = await fillRequired();
    await user.click(screen.getByRole('button', { name: 'Create session' }));

    const hostName = await screen.findByLabelText(/^Host name/);
    expect(hostName).toHaveAttribute('aria-invalid', 'true');
    expect(hostName).toHaveAccessibleDescription(expect.stringContaining('Name is too long.'));
    expect(screen.getByLabelText(/^Title/)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Host name: Name is too long.');
  });

  it('shows a settings userError on its own field', async () => {
    renderForm(async () => ({
      userErrors: [
        {
          field: ['input', 'settings', 'questionsPerMinute'],
          code: 'INVALID',
          message: 'questionsPerMinute must be at most 60',
        },
      ],
    }));
    const user = await fillRequired();
    await user.click(screen.getByRole('button', { name: 'Create session' }));

    expect(await screen.findByLabelText('Questions per minute')).toHaveAccessibleDescription(
      expect.stringContaining('at most 60'),
    );
  });

  it('sends the typed values and settings', async () => {
    const onSubmit = vi.fn(async () => ({ userErrors: [] }));
    renderForm(onSubmit);
    const user = await fillRequired();
    await user.click(screen.getByLabelText('Allow anonymous questions'));
    await user.selectOptions(screen.getByLabelText(/^Moderation mode/), 'POST_MODERATION');
    await user.clear(screen.getByLabelText(/^Question length limit/));
    await user.type(screen.getByLabelText(/^Question length limit/), '280');
    await user.click(screen.getByLabelText('Publish a recap once the session ends'));
    await user.click(screen.getByRole('button', { name: 'Create session' }));

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Ask a cardiologist',
        hostName: 'Dr. Lee',
        scheduledStart: '2026-12-01T18:30',
        anonymousQuestionsAllowed: false,
        moderationMode: 'POST_MODERATION',
        questionLengthLimit: '280',
        profanityFilter: true,
        earlyQuestionsAllowed: false,
        publishRecap: true,
      }),
    );
  });

  it('does not submit without the required fields and says which are missing', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create session' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Title/)).toHaveAccessibleDescription(expect.stringContaining('Enter a title.'));
    expect(screen.getByLabelText(/^Host name/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Scheduled start/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the moderators chosen and shows a moderator userError on the moderators', async () => {
    const onSubmit = vi.fn(async () => ({
      userErrors: [
        {
          field: ['input', 'moderatorIds', '0'],
          code: 'INVALID' as const,
          message: 'Omar Haddad does not hold the MODERATOR role',
        },
      ],
    }));
    renderForm(onSubmit);
    const user = await fillRequired();
    await user.click(screen.getByLabelText('Omar Haddad (omar@riverside.example)'));
    await user.click(screen.getByRole('button', { name: 'Create session' }));

    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ moderatorIds: ['user-6'] }));
    expect(await screen.findByRole('group', { name: 'Moderators' })).toHaveAccessibleDescription(
      expect.stringContaining('does not hold the MODERATOR role'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Moderators: Item 1: Omar Haddad does not hold the MODERATOR role',
    );
  });
});
