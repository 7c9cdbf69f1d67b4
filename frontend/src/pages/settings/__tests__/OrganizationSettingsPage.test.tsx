import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type {
  OrganizationSettingsFieldsFragment,
  PostingTargetInput,
  UserErrorFieldsFragment,
} from '@/generated/graphql';
import { organizationSettings, viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { OrganizationSettingsPage } from '../OrganizationSettingsPage';

const settings = organizationSettings();

function renderSettings(
  roles: Parameters<typeof viewerWithRoles>,
  respond?: (name?: string, variables?: Record<string, unknown>) => MockResponse,
) {
  const api = mockGraphqlClient(
    (name, variables) =>
      respond?.(name, variables) ??
      (name === 'OrganizationSettings' ? { data: { organizationSettings: settings } } : undefined),
  );
  renderWithProviders(<OrganizationSettingsPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/settings',
  });
  return api;
}

const saved = (
  organizationSettings: OrganizationSettingsFieldsFragment | null,
  ...userErrors: UserErrorFieldsFragment[]
) => ({
  data: { updateOrganizationSettings: { organizationSettings, userErrors } },
});

const mutationInputs = (api: ReturnType<typeof mockGraphqlClient>) =>
  api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);

describe('OrganizationSettingsPage', () => {
  it('shows a marketer the settings read-only: no form, no Save button', async () => {
    renderSettings(['MARKETER']);
    expect(await screen.findByText('30 days after a session ends')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Organisation settings' })).toBeInTheDocument();
    expect(screen.getByText('Time zone').nextElementSibling).toHaveTextContent('UTC');
    expect(screen.getByText(/Only admins can change them/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(document.title).toBe('Organisation settings · CarePulse');
  });

  it('lets an admin choose not to publish missed posts late, and saves only that choice', async () => {
    const api = renderSettings(['ADMIN'], (name, variables) => {
      if (name !== 'UpdateOrganizationSettings') return undefined;
      const input = variables?.input as { expectedVersion: number };
      return saved(organizationSettings({ missedPublications: 'REPORT_LATE', version: input.expectedVersion + 1 }));
    });
    const user = userEvent.setup();
    const group = await screen.findByRole('group', { name: /A scheduled post missed while publishing was stopped/ });
    expect(within(group).getByRole('radio', { name: /Publish it as soon as publishing resumes/ })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: /Do not publish it late/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(mutationInputs(api)).toEqual([{ input: { expectedVersion: 0, missedPublications: 'REPORT_LATE' } }]);
  });

  it('tells a marketer what happens to a post missed while publishing was stopped', async () => {
    renderSettings(['MARKETER']);
    expect(await screen.findByText('A post missed while publishing was stopped')).toBeInTheDocument();
    expect(screen.getByText('A post missed while publishing was stopped').nextElementSibling).toHaveTextContent(
      'Publish it as soon as publishing resumes, noting how late it went out',
    );
  });

  it('tells a marketer each channel’s posting target, or that none is set', async () => {
    renderSettings(['MARKETER'], (name) =>
      name === 'OrganizationSettings'
        ? {
            data: {
              organizationSettings: organizationSettings({
                postingTargets: [
                  { channel: 'X', postsPerWeek: 5 },
                  { channel: 'FACEBOOK', postsPerWeek: 3 },
                ],
              }),
            },
          }
        : undefined,
    );
    const term = await screen.findByText('Posts per week we aim for');
    expect(term.nextElementSibling).toHaveTextContent('Facebook 3 a week, X 5 a week');
  });

  it('tells a marketer when no posting target is set', async () => {
    renderSettings(['MARKETER']);
    expect((await screen.findByText('Posts per week we aim for')).nextElementSibling).toHaveTextContent('None set');
  });

  it('lets an admin set posting targets per channel, and saves only the targets', async () => {
    const api = renderSettings(['ADMIN'], (name, variables) => {
      if (name !== 'UpdateOrganizationSettings') return undefined;
      const input = variables?.input as { expectedVersion: number; postingTargets: PostingTargetInput[] };
      return saved(organizationSettings({ postingTargets: input.postingTargets, version: input.expectedVersion + 1 }));
    });
    const user = userEvent.setup();
    const targets = await screen.findByRole('group', { name: 'Posts per week we aim for' });
    expect(targets).toHaveAccessibleDescription(expect.stringContaining('leave the others blank'));
    const labels = within(targets)
      .getAllByRole('textbox')
      .map((input) => (input as HTMLInputElement).labels?.[0].textContent);
    expect(labels).toEqual(['Facebook', 'Instagram', 'X', 'LinkedIn', 'YouTube', 'TikTok']);
    expect(within(targets).getByLabelText('Facebook')).toHaveValue('');

    await user.type(within(targets).getByLabelText('X'), '5');
    await user.type(within(targets).getByLabelText('Facebook'), '3');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(mutationInputs(api)).toEqual([
      {
        input: {
          expectedVersion: 0,
          postingTargets: [
            { channel: 'FACEBOOK', postsPerWeek: 3 },
            { channel: 'X', postsPerWeek: 5 },
          ],
        },
      },
    ]);
    expect(within(targets).getByLabelText('X')).toHaveValue('5');
  });

  it('checks each posting target before sending, naming the channel in the error summary', async () => {
    const api = renderSettings(['ADMIN']);
    const user = userEvent.setup();
    const instagram = await screen.findByLabelText('Instagram');
    await user.type(instagram, '101');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Instagram: Enter a whole number of posts a week from 0 to 100');
    expect(within(summary).getByRole('link')).toHaveAttribute(
      'href',
      '#organization-settings-postingTargets-INSTAGRAM',
    );
    expect(instagram).toHaveAttribute('aria-invalid', 'true');
    expect(instagram).toHaveAccessibleDescription(
      expect.stringContaining('Enter a whole number of posts a week from 0 to 100'),
    );
    expect(mutationInputs(api)).toEqual([]);
  });

  it('shows a posting target’s userError on the input of the channel sent at that index', async () => {
    const api = renderSettings(['ADMIN'], (name) => {
      if (name === 'OrganizationSettings')
        return {
          data: { organizationSettings: organizationSettings({ postingTargets: [{ channel: 'X', postsPerWeek: 5 }] }) },
        };
      return saved(null, {
        field: ['input', 'postingTargets', '2', 'postsPerWeek'],
        code: 'INVALID',
        message: 'Enter a whole number of posts a week from 0 to 100',
      });
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('LinkedIn'), '2');
    await user.type(screen.getByLabelText('Facebook'), '3');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const summary = await screen.findByRole('alert');
    // Sent in the channels' order: Facebook, X, LinkedIn; the third is LinkedIn's.
    expect(mutationInputs(api)[0]).toMatchObject({
      input: { postingTargets: [{ channel: 'FACEBOOK' }, { channel: 'X' }, { channel: 'LINKEDIN' }] },
    });
    expect(summary).toHaveTextContent('LinkedIn: Enter a whole number of posts a week from 0 to 100');
    expect(screen.getByLabelText('LinkedIn')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Facebook')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('X')).not.toHaveAttribute('aria-invalid');
  });

  it('tells a viewer without a staff role they may not see the settings', () => {
    renderSettings([]);
    expect(screen.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });

  it('lets an admin change the time zone and retention, then saves again with the new version', async () => {
    const api = renderSettings(['ADMIN'], (name, variables) => {
      if (name !== 'UpdateOrganizationSettings') return undefined;
      const input = variables?.input as { expectedVersion: number; timezone?: string; questionRetentionDays?: number };
      return saved({
        timezone: input.timezone ?? 'Europe/Berlin',
        questionRetentionDays: input.questionRetentionDays ?? 90,
        reviewValidityDays: 180,
        phiAllowList: [],
        missedPublications: 'PUBLISH_LATE',
        postingTargets: [],
        updatedAt: '2026-11-20T09:00:00Z',
        version: input.expectedVersion + 1,
      });
    });
    const user = userEvent.setup();
    const timezone = await screen.findByLabelText(/^Time zone/);
    expect(timezone).toHaveValue('UTC');
    const days = screen.getByLabelText(/^Keep participants’ text for \(days\)/);
    expect(days).toHaveValue('30');
    expect(days).toHaveAccessibleDescription(
      expect.stringContaining('Rejected questions, original wording moderators edited away'),
    );

    await user.selectOptions(timezone, 'Europe/Berlin');
    await user.clear(days);
    await user.type(days, '90');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Settings saved.');
    expect(mutationInputs(api)).toEqual([
      { input: { expectedVersion: 0, timezone: 'Europe/Berlin', questionRetentionDays: 90 } },
    ]);

    await user.clear(days);
    await user.type(days, '7');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(mutationInputs(api)).toEqual([
      { input: { expectedVersion: 0, timezone: 'Europe/Berlin', questionRetentionDays: 90 } },
      { input: { expectedVersion: 1, questionRetentionDays: 7 } },
    ]);
    expect(days).toHaveValue('7');
  });

  it('shows a userError about the time zone on that field and focuses the error summary', async () => {
    renderSettings(['ADMIN'], (name) =>
      name === 'UpdateOrganizationSettings'
        ? saved(null, {
            field: ['input', 'timezone'],
            code: 'INVALID',
            message: 'Choose a time zone from the IANA database.',
          })
        : undefined,
    );
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText(/^Time zone/), 'America/Los_Angeles');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Time zone: Choose a time zone from the IANA database.');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#organization-settings-timezone');
    const timezone = screen.getByLabelText(/^Time zone/);
    expect(timezone).toHaveAttribute('aria-invalid', 'true');
    expect(timezone).toHaveAccessibleDescription(expect.stringContaining('Choose a time zone from the IANA database.'));
    expect(screen.queryByText('Settings saved.')).not.toBeInTheDocument();
  });

  it('checks the number of days before sending', async () => {
    const api = renderSettings(['ADMIN']);
    const user = userEvent.setup();
    const days = await screen.findByLabelText(/^Keep participants/);
    await user.clear(days);
    await user.type(days, '3651');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(days).toHaveAccessibleDescription(expect.stringContaining('Enter a whole number of days from 1 to 3650'));
    expect(mutationInputs(api)).toEqual([]);
  });

  function renderConflict() {
    let reads = 0;
    let saves = 0;
    const api = renderSettings(['ADMIN'], (name, variables) => {
      if (name === 'OrganizationSettings') {
        reads += 1;
        return {
          data: {
            organizationSettings:
              reads === 1 ? settings : organizationSettings({ timezone: 'Europe/Paris', version: 1 }),
          },
        };
      }
      saves += 1;
      if (saves === 1)
        return saved(null, { field: ['input', 'expectedVersion'], code: 'CONFLICT', message: 'Stale version.' });
      const input = variables?.input as { expectedVersion: number; questionRetentionDays?: number };
      return saved(
        organizationSettings({
          timezone: 'Europe/Paris',
          questionRetentionDays: input.questionRetentionDays ?? 30,
          version: input.expectedVersion + 1,
        }),
      );
    });
    return api;
  }

  async function saveSixtyDaysIntoAConflict() {
    const user = userEvent.setup();
    await user.clear(await screen.findByLabelText(/^Keep participants/));
    await user.type(screen.getByLabelText(/^Keep participants/), '60');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const notice = await screen.findByRole('region', { name: 'Not saved: someone else changed these settings' });
    await screen.findByRole('table', { name: 'Saved values and your values of the settings' });
    return { user, notice };
  }

  it('shows a conflict beside the save button, focused, with their values beside mine', async () => {
    renderConflict();
    const { notice } = await saveSixtyDaysIntoAConflict();

    expect(notice).toHaveFocus();
    expect(notice.nextElementSibling).toContainElement(screen.getByRole('button', { name: 'Save settings' }));
    const rows = within(notice)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'FieldTheirs (saved)Mine (not saved)',
      'Time zoneEurope/ParisUTC',
      'Keep participants’ text for (days)3060',
    ]);
    expect(screen.queryByText('Settings saved.')).not.toBeInTheDocument();
  });

  it('reloads the latest version with my changes on top and saves them against it', async () => {
    const api = renderConflict();
    const { user, notice } = await saveSixtyDaysIntoAConflict();
    await user.click(within(notice).getByRole('button', { name: 'Reload and reapply my changes' }));

    const done = await screen.findByText(/The latest version is loaded with your changes on top/);
    expect(done).toHaveFocus();
    // Their time zone, my number of days.
    expect(screen.getByLabelText(/^Time zone/)).toHaveValue('Europe/Paris');
    expect(screen.getByLabelText(/^Keep participants/)).toHaveValue('60');

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(mutationInputs(api).at(-1)).toEqual({ input: { expectedVersion: 1, questionRetentionDays: 60 } });
  });

  it('discards my changes for the latest version', async () => {
    const api = renderConflict();
    const { user, notice } = await saveSixtyDaysIntoAConflict();
    await user.click(within(notice).getByRole('button', { name: 'Discard my changes' }));

    expect(await screen.findByText(/your changes were discarded/)).toHaveFocus();
    expect(screen.getByLabelText(/^Time zone/)).toHaveValue('Europe/Paris');
    expect(screen.getByLabelText(/^Keep participants/)).toHaveValue('30');
    expect(api.operations.filter((op) => op.kind === 'query')).toHaveLength(2);
  });
});
