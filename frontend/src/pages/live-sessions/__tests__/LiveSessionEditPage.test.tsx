import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/generated/graphql';
import { liveSessionDetail, viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, operationName, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { LiveSessionEditPage } from '../LiveSessionEditPage';

const session = liveSessionDetail({ version: 4 });

function renderEdit(roles: Role[], respond?: (name?: string) => MockResponse) {
  const api = mockGraphqlClient((name) => {
    const answer = respond?.(name);
    if (answer) return answer;
    if (name === 'LiveSession') return { data: { liveSession: session } };
    if (name === 'ModeratorOptions') return { data: { users: { edges: [] } } };
    return undefined;
  });
  const view = renderWithProviders(<LiveSessionEditPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/live-sessions/:id/edit',
    url: `/live-sessions/${encodeURIComponent(session.id)}/edit`,
  });
  const mutations = () => api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);
  return { ...view, mutations, api };
}

describe('LiveSessionEditPage', () => {
  it('opens with the session’s values and saves only what changed, with the version read', async () => {
    const { mutations, router } = renderEdit(['MARKETER'], (name) =>
      name === 'UpdateLiveSession'
        ? { data: { updateLiveSession: { liveSession: { ...session, version: 5 }, userErrors: [] } } }
        : undefined,
    );
    const title = await screen.findByRole('textbox', { name: /^Title/ });
    expect(title).toHaveValue(session.title);
    expect(screen.getByRole('textbox', { name: /^Host name/ })).toHaveValue('Dr. Ana Ruiz');
    const user = userEvent.setup();
    await user.clear(title);
    await user.type(title, 'Winter colds, answered');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(mutations()).toHaveLength(1));
    expect(mutations()[0]).toEqual({
      input: { id: session.id, expectedVersion: 4, title: 'Winter colds, answered' },
    });
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/live-sessions/${encodeURIComponent(session.id)}`),
    );
  });

  it('shows who changed what beside the button after a lost race, and reapplies my edit on the latest version', async () => {
    let saves = 0;
    const theirs = { ...session, version: 5, host: { ...session.host, name: 'Dr. Lee Chen' } };
    const { api } = renderEdit(['ADMIN'], (name) => {
      // Someone else renamed the host meanwhile: reads after the lost save bring their version.
      if (name === 'LiveSession') return { data: { liveSession: saves === 0 ? session : theirs } };
      if (name === 'UpdateLiveSession' && ++saves === 1) {
        return {
          data: {
            updateLiveSession: {
              liveSession: null,
              userErrors: [{ field: ['input', 'expectedVersion'], code: 'CONFLICT', message: 'Stale.' }],
            },
          },
        };
      }
      return undefined;
    });
    const user = userEvent.setup();
    const title = await screen.findByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await user.type(title, 'Winter colds, answered');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const notice = await screen.findByRole('region', { name: /Not saved: someone else changed this session/ });
    await screen.findByRole('table', { name: /Saved values and your values/ });
    expect(notice).toHaveFocus();
    expect(within(notice).getByRole('row', { name: /Host name/ })).toHaveTextContent('Dr. Lee Chen');

    await user.click(within(notice).getByRole('button', { name: 'Reload and reapply my changes' }));
    expect(await screen.findByRole('textbox', { name: /^Title/ })).toHaveValue('Winter colds, answered');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(api.operations.filter((op) => operationName(op) === 'UpdateLiveSession').at(-1)?.variables).toEqual({
        input: { id: session.id, expectedVersion: 5, title: 'Winter colds, answered' },
      }),
    );
  });

  it('is not offered to roles that cannot update sessions', async () => {
    renderEdit(['ANALYST']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });

  it('says a started session can no longer be edited here', async () => {
    renderEdit(['ADMIN'], (name) =>
      name === 'LiveSession' ? { data: { liveSession: { ...session, status: 'LIVE' } } } : undefined,
    );
    expect(await screen.findByText(/has started/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });
});
