import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role, ThemeDefinitionFieldsFragment, UserErrorFieldsFragment } from '@/generated/graphql';
import { themeTaxonomy } from '@/modules/feedback/__tests__/feedbackFixtures';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { FeedbackThemesSettingsPage } from '../FeedbackThemesSettingsPage';

function renderTaxonomy(role: Role, respond?: (name?: string, variables?: Record<string, unknown>) => MockResponse) {
  const api = mockGraphqlClient(
    (name, variables) =>
      respond?.(name, variables) ??
      (name === 'FeedbackThemeTaxonomy' ? { data: { feedbackThemeTaxonomy: themeTaxonomy } } : undefined),
  );
  renderWithProviders(<FeedbackThemesSettingsPage />, {
    client: api.client,
    viewer: viewerWithRoles(role),
    path: '/settings/feedback-themes',
  });
  const sent = () => api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);
  return { sent };
}

const saved = (themes: ThemeDefinitionFieldsFragment[] | null, ...userErrors: UserErrorFieldsFragment[]) => ({
  data: { updateFeedbackThemeTaxonomy: { themes, userErrors } },
});
const field = (theme: number, what: 'name' | 'words and phrases') =>
  screen.getByRole('textbox', { name: `Theme ${theme} ${what}` });

describe('FeedbackThemesSettingsPage', () => {
  it('shows other staff the themes and their cues read-only', async () => {
    renderTaxonomy('ANALYST');
    const table = await screen.findByRole('table', { name: 'Feedback themes' });
    const waits = within(table).getByRole('row', { name: /Wait times/ });
    expect(waits).toHaveTextContent('waited, wait time, delay');
    expect(waits).toHaveTextContent('Built in');
    expect(within(table).getByRole('row', { name: /Parking/ })).toHaveTextContent('Your organisation’s');
    expect(screen.getByText(/Only admins can change them/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save themes' })).not.toBeInTheDocument();
  });

  it('lets an admin rename a built-in theme, remove their own and add one, sending the whole taxonomy', async () => {
    const next: ThemeDefinitionFieldsFragment[] = [
      { ...themeTaxonomy[0], label: 'Waiting' },
      themeTaxonomy[1],
      { key: 'FLU_CLINIC', label: 'Flu clinic', cues: ['flu clinic', 'flu shot'], builtIn: false },
    ];
    const { sent } = renderTaxonomy('ADMIN', (name) =>
      name === 'UpdateFeedbackThemeTaxonomy' ? saved(next) : undefined,
    );
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Save themes' });
    // Built-in themes stay: only the organisation's own can be removed.
    expect(screen.getAllByRole('button', { name: /^Remove/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Remove theme 3 (parking)',
    ]);
    expect(field(1, 'name')).toHaveAccessibleDescription(/Built in: can be renamed, not removed/);
    await user.clear(field(1, 'name'));
    await user.type(field(1, 'name'), 'Waiting');
    await user.click(screen.getByRole('button', { name: 'Remove theme 3 (parking)' }));
    await user.click(screen.getByRole('button', { name: 'Add theme' }));
    expect(field(3, 'name')).toHaveFocus();
    await user.type(field(3, 'name'), 'Flu clinic');
    await user.type(field(3, 'words and phrases'), 'flu clinic, flu shot, Flu shot');
    await user.click(screen.getByRole('button', { name: 'Save themes' }));

    expect(
      await screen.findByText(
        'Themes saved. Messages from now on are counted with them; earlier counts keep their themes, under the new names.',
      ),
    ).toHaveFocus();
    expect(sent()).toEqual([
      {
        input: {
          themes: [
            { key: 'WAIT_TIMES', label: 'Waiting', cues: ['waited', 'wait time', 'delay'] },
            { key: 'BILLING', label: 'Billing', cues: ['bill', 'invoice', 'charged'] },
            { label: 'Flu clinic', cues: ['flu clinic', 'flu shot'] },
          ],
        },
      },
    ]);
    // The form starts again from what was saved: the new theme now goes by the key it was given.
    await user.click(screen.getByRole('button', { name: 'Save themes' }));
    await waitFor(() => expect(sent()).toHaveLength(2));
    expect(sent()[1]).toMatchObject({ input: { themes: [{}, {}, { key: 'FLU_CLINIC', label: 'Flu clinic' }] } });
  });

  it('checks each theme before sending and says on its row what is wrong', async () => {
    const { sent } = renderTaxonomy('ADMIN');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add theme' }));
    await user.type(field(4, 'name'), 'billing');
    await user.clear(field(2, 'words and phrases'));
    await user.click(screen.getByRole('button', { name: 'Save themes' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: /Theme 4 \(billing\), name: Another theme above/ }),
    ).toHaveAttribute('href', `#${field(4, 'name').id}`);
    expect(summary).toHaveTextContent('Theme 2 (Billing), words and phrases: Enter at least one word or phrase');
    expect(field(4, 'words and phrases')).toHaveAccessibleDescription(/Enter at least one word or phrase/);
    expect(field(4, 'words and phrases')).toHaveAttribute('aria-invalid', 'true');
    expect(sent()).toEqual([]);
    // Editing a row takes its now outdated errors away.
    await user.type(field(4, 'words and phrases'), 'fees');
    expect(field(4, 'words and phrases')).not.toHaveAttribute('aria-invalid');
  });

  it('puts the server’s refusals on the row and field they name, a cue by its words', async () => {
    renderTaxonomy('ADMIN', (name) =>
      name === 'UpdateFeedbackThemeTaxonomy'
        ? saved(
            null,
            { field: ['input', 'themes', '2', 'cues', '1'], code: 'TOO_LONG', message: 'Keep it to 60 characters.' },
            { field: ['input', 'themes', '0', 'label'], code: 'DUPLICATE', message: 'Another theme has this name.' },
          )
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save themes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Theme 3 (Parking), words and phrases: “garage”: Keep it to 60 characters.',
    );
    expect(field(3, 'words and phrases')).toHaveAccessibleDescription(/“garage”: Keep it to 60 characters\./);
    expect(field(1, 'name')).toHaveAccessibleDescription(/Another theme has this name\./);
    expect(screen.getByRole('group', { name: 'Themes' })).toHaveAccessibleDescription(
      expect.stringContaining('Fix the themes marked below.'),
    );
  });

  it('is listed among the settings sections of those who read the themes', async () => {
    renderTaxonomy('MARKETER');
    const sections = await screen.findByRole('navigation', { name: 'Settings sections' });
    expect(within(sections).getByRole('link', { name: 'Feedback themes' })).toHaveAttribute(
      'href',
      '/settings/feedback-themes',
    );
  });
});
