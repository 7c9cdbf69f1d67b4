import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FeedbackSettingsFieldsFragment, UserErrorFieldsFragment } from '@/generated/graphql';
import { feedbackSettings } from '@/modules/feedback/__tests__/feedbackFixtures';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { InboxSettingsPage } from '../InboxSettingsPage';

function renderSettings(
  role: Parameters<typeof viewerWithRoles>[0],
  respond?: (name?: string, variables?: Record<string, unknown>) => MockResponse,
) {
  const api = mockGraphqlClient(
    (name, variables) =>
      respond?.(name, variables) ??
      (name === 'FeedbackSettings' ? { data: { feedbackSettings: feedbackSettings() } } : undefined),
  );
  renderWithProviders(<InboxSettingsPage />, {
    client: api.client,
    viewer: viewerWithRoles(role),
    path: '/settings/inbox',
  });
  const mutationInputs = () => api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);
  return { mutationInputs };
}

const saved = (settings: FeedbackSettingsFieldsFragment | null, ...userErrors: UserErrorFieldsFragment[]) => ({
  data: { updateFeedbackSettings: { feedbackSettings: settings, userErrors } },
});

describe('InboxSettingsPage', () => {
  it('shows other staff the first-response times and the website form read-only, with what the form allows', async () => {
    renderSettings('MARKETER');
    expect(await screen.findByText('Urgent: first reply within')).toBeInTheDocument();
    expect(screen.getByText('Urgent: first reply within').nextElementSibling).toHaveTextContent('1 h');
    expect(screen.getByText('Low: first reply within').nextElementSibling).toHaveTextContent('3 days');
    expect(screen.getByText('Website form').nextElementSibling).toHaveTextContent('Off');
    expect(screen.getByText(/anyone can send a message to your inbox/)).toBeInTheDocument();
    expect(screen.getByText(/Only admins can change them/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Settings sections' })).toHaveTextContent('Inbox');
  });

  it('lets an admin turn the website form on and shorten a first-response time, on the version read', async () => {
    const { mutationInputs } = renderSettings('ADMIN', (name) =>
      name === 'UpdateFeedbackSettings' ? saved(feedbackSettings({ websiteForm: true, version: 1 })) : undefined,
    );
    const user = userEvent.setup();
    const urgent = await screen.findByLabelText('Urgent (minutes) (required)');
    expect(urgent).toHaveValue('60');
    const form = screen.getByLabelText('Take feedback from the form on our website');
    expect(form).toHaveAccessibleDescription(/without signing in/);
    expect(form).toHaveAccessibleDescription(/riverside-health/);
    await user.clear(urgent);
    await user.type(urgent, '30');
    await user.click(form);
    await user.click(screen.getByRole('button', { name: 'Save inbox settings' }));
    expect(await screen.findByText('Inbox settings saved.')).toBeInTheDocument();
    expect(mutationInputs()).toEqual([
      {
        input: {
          expectedVersion: 0,
          firstResponseMinutes: [
            { priority: 'URGENT', minutes: 30 },
            { priority: 'HIGH', minutes: 240 },
            { priority: 'NORMAL', minutes: 1440 },
            { priority: 'LOW', minutes: 4320 },
          ],
          websiteForm: true,
        },
      },
    ]);
  });

  it('checks the minutes before saving, and puts the server’s objection on the priority it names', async () => {
    const { mutationInputs } = renderSettings('ADMIN', (name) =>
      name === 'UpdateFeedbackSettings'
        ? saved(null, {
            code: 'INVALID',
            field: ['input', 'firstResponseMinutes', '2', 'minutes'],
            message: 'Enter a number of minutes from 1 to 43,200 (30 days)',
          })
        : undefined,
    );
    const user = userEvent.setup();
    const high = await screen.findByLabelText('High (minutes) (required)');
    await user.clear(high);
    await user.type(high, '0');
    await user.click(screen.getByRole('button', { name: 'Save inbox settings' }));
    expect(
      screen.getByRole('link', { name: /High \(minutes\): Enter a number of minutes from 1 to 43,200/ }),
    ).toBeInTheDocument();
    expect(mutationInputs()).toEqual([]);

    await user.clear(high);
    await user.type(high, '120');
    await user.click(screen.getByRole('button', { name: 'Save inbox settings' }));
    expect(
      await screen.findByRole('link', {
        name: 'Normal (minutes): Enter a number of minutes from 1 to 43,200 (30 days)',
      }),
    ).toHaveAttribute('href', '#inbox-settings-NORMAL');
  });
});
