import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { liveSessionDetail, viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { LiveSessionDetailPage } from '../LiveSessionDetailPage';

const session = liveSessionDetail();
/** What the server says of a session to someone who is neither an admin nor one of its moderators. */
const notMine = { ...session, viewerCanModerate: false };
const RUNNERS: readonly string[] = ['ADMIN', 'MODERATOR'];

function renderDetail(
  roles: Parameters<typeof viewerWithRoles>,
  respond?: (name?: string, variables?: Record<string, unknown>) => MockResponse,
) {
  const shown = roles.some((role) => RUNNERS.includes(role)) ? session : notMine;
  const api = mockGraphqlClient(
    (name, variables) =>
      respond?.(name, variables) ?? (name === 'LiveSession' ? { data: { liveSession: shown } } : undefined),
  );
  renderWithProviders(<LiveSessionDetailPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/live-sessions/:id',
    url: `/live-sessions/${encodeURIComponent(session.id)}`,
  });
  return api;
}

describe('LiveSessionDetailPage', () => {
  it.each<Parameters<typeof viewerWithRoles>>([['ANALYST'], ['MARKETER'], ['COMPLIANCE_OFFICER']])(
    'shows the session read-only to %s: no start or end buttons',
    async (role) => {
      renderDetail([role]);
      expect(await screen.findByRole('heading', { level: 1, name: session.title })).toBeInTheDocument();
      expect(screen.getByText('RVRS4PED')).toBeInTheDocument();
      expect(screen.getByText('Elena Novak (moderator@riverside.example)')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /session/ })).not.toBeInTheDocument();
    },
  );

  it('offers a moderator one button per allowed transition', async () => {
    renderDetail(['MODERATOR']);
    expect(await screen.findByRole('button', { name: 'Start session' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'End session' })).toBeInTheDocument();
  });

  it.each<Parameters<typeof viewerWithRoles>>([['MODERATOR'], ['ADMIN']])(
    'links %s to the moderator console',
    async (role) => {
      renderDetail([role]);
      expect(await screen.findByRole('link', { name: 'Moderator console' })).toHaveAttribute(
        'href',
        `/live-sessions/${encodeURIComponent(session.id)}/console`,
      );
    },
  );

  it('shows no console link to roles that cannot moderate', async () => {
    renderDetail(['MARKETER']);
    await screen.findByRole('heading', { level: 1, name: session.title });
    expect(screen.queryByRole('link', { name: 'Moderator console' })).not.toBeInTheDocument();
  });

  it('offers neither the console nor start and end to a moderator the session does not name', async () => {
    const api = mockGraphqlClient((name) => (name === 'LiveSession' ? { data: { liveSession: notMine } } : undefined));
    renderWithProviders(<LiveSessionDetailPage />, {
      client: api.client,
      viewer: viewerWithRoles('MODERATOR'),
      path: '/live-sessions/:id',
      url: `/live-sessions/${encodeURIComponent(session.id)}`,
    });
    await screen.findByRole('heading', { level: 1, name: session.title });
    expect(screen.queryByRole('link', { name: 'Moderator console' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /session/ })).not.toBeInTheDocument();
  });

  it('starts with the version that was read, then ends only once the ending is confirmed', async () => {
    const live = {
      ...session,
      status: 'LIVE' as const,
      allowedTransitions: ['ENDED' as const],
      startedAt: '2026-12-10T18:01:00Z',
      version: 2,
    };
    const api = renderDetail(['MODERATOR'], (name) =>
      name === 'StartLiveSession' ? { data: { startLiveSession: { liveSession: live, userErrors: [] } } } : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start session' }));
    expect(await screen.findByText('Session is now live.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start session' })).not.toBeInTheDocument();
    const endButton = screen.getByRole('button', { name: 'End session' });
    const mutations = () => api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);

    // Ending is final: a dialog says so; keeping it live sends nothing and gives focus back.
    await user.click(endButton);
    const dialog = screen.getByRole('dialog', { name: 'End this session?' });
    expect(dialog).toHaveTextContent('Ending is final');
    expect(within(dialog).getByRole('button', { name: 'Keep it live' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it live' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(endButton).toHaveFocus();
    expect(mutations()).toHaveLength(1);

    await user.click(endButton);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(endButton);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'End session now' }));
    expect(mutations()).toEqual([
      { input: { id: session.id, expectedVersion: 1 } },
      { input: { id: session.id, expectedVersion: 2 } },
    ]);
  });

  it('explains a conflict and offers to reload', async () => {
    const api = renderDetail(['ADMIN'], (name) =>
      name === 'StartLiveSession'
        ? {
            data: {
              startLiveSession: {
                liveSession: null,
                userErrors: [{ field: ['input', 'expectedVersion'], code: 'CONFLICT', message: 'Stale.' }],
              },
            },
          }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start session' }));
    expect(await screen.findByText('Someone else changed this session')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload latest version' }));

    expect(
      api.operations.filter((op) => op.kind === 'query' && op.context.requestPolicy === 'network-only'),
    ).toHaveLength(1);
  });

  it('shows other userErrors as an error', async () => {
    renderDetail(['MODERATOR'], (name) =>
      name === 'StartLiveSession'
        ? {
            data: {
              startLiveSession: {
                liveSession: null,
                userErrors: [
                  { field: ['input', 'id'], code: 'INVALID_STATE', message: 'A ENDED session cannot become LIVE' },
                ],
              },
            },
          }
        : undefined,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Start session' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A ENDED session cannot become LIVE');
  });

  it('shows not found for an id that is not visible', async () => {
    renderDetail(['MODERATOR'], (name) => (name === 'LiveSession' ? { data: { liveSession: null } } : undefined));
    expect(await screen.findByRole('heading', { level: 1, name: 'Live session not found' })).toBeInTheDocument();
  });

  it.each<[Parameters<typeof viewerWithRoles>, boolean]>([
    [['MARKETER'], true],
    [['ADMIN'], true],
    [['MODERATOR'], true],
    [['ANALYST'], false],
  ])('offers %s an edit link while scheduled: %s', async (roles, offered) => {
    renderDetail(roles);
    await screen.findByRole('heading', { level: 1, name: session.title });
    const links = screen.queryAllByRole('link', { name: 'Edit session' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      offered ? [`/live-sessions/${encodeURIComponent(session.id)}/edit`] : [],
    );
  });

  it('offers no edit link once the session is live', async () => {
    renderDetail(['MARKETER'], (name) =>
      name === 'LiveSession' ? { data: { liveSession: { ...notMine, status: 'LIVE' } } } : undefined,
    );
    await screen.findByRole('heading', { level: 1, name: session.title });
    expect(screen.queryByRole('link', { name: 'Edit session' })).not.toBeInTheDocument();
  });

  it('gives marketers the audience link to copy and its QR code', async () => {
    const user = userEvent.setup();
    // After setup(), which installs a clipboard stub of its own.
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderDetail(['MARKETER']);
    const share = await screen.findByRole('region', { name: 'Share with the audience' });
    const url = `${window.location.origin}/live/${session.joinCode}`;
    expect(within(share).getByRole('textbox', { name: 'Audience link' })).toHaveValue(url);
    expect(within(share).getByRole('img', { name: `QR code for ${url}` })).toBeInTheDocument();
    await user.click(within(share).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(await within(share).findByText('Link copied.')).toBeInTheDocument();
  });
});
