import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LiveSessionsQuery } from '@/generated/graphql';
import { liveSessionDetail, viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { LiveSessionListPage } from '../LiveSessionListPage';

const page = (after: unknown): LiveSessionsQuery => ({
  liveSessions: {
    totalCount: 21,
    edges: [
      {
        cursor: `c-${after ?? 0}`,
        node: { ...liveSessionDetail(), title: after ? 'Ask a dietitian' : 'Ask a pediatrician' },
      },
    ],
    pageInfo: { hasNextPage: !after, endCursor: after ? 'end-2' : 'end-1' },
  },
});

function renderList(roles: Parameters<typeof viewerWithRoles>, url = '/live-sessions') {
  const api = mockGraphqlClient((name, variables) =>
    name === 'LiveSessions' ? { data: page(variables.after) } : undefined,
  );
  const { router } = renderWithProviders(<LiveSessionListPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/live-sessions',
    url,
  });
  const queries = () => api.operations.filter((op) => op.kind === 'query').map((op) => op.variables);
  return { queries, router };
}

describe('LiveSessionListPage', () => {
  it('lists sessions with status, host and join code', async () => {
    renderList(['ANALYST']);
    expect(await screen.findByRole('link', { name: 'Ask a pediatrician' })).toHaveAttribute(
      'href',
      `/live-sessions/${encodeURIComponent(liveSessionDetail().id)}`,
    );
    expect(screen.getByText('21 sessions')).toBeInTheDocument();
    expect(screen.getByRole('table').querySelector('.badge')).toHaveTextContent('Scheduled');
    expect(screen.getByRole('cell', { name: 'Dr. Ana Ruiz, MD, Pediatrics' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'RVRS4PED' })).toBeInTheDocument();
  });

  it.each<Parameters<typeof viewerWithRoles>>([['ANALYST'], ['MODERATOR'], ['CLINICAL_REVIEWER']])(
    'renders no New session button for %s',
    async (role) => {
      renderList([role]);
      await screen.findByRole('link', { name: 'Ask a pediatrician' });
      expect(screen.queryByRole('link', { name: 'New session' })).not.toBeInTheDocument();
    },
  );

  it('lets a marketer schedule a session', async () => {
    renderList(['MARKETER']);
    expect(await screen.findByRole('link', { name: 'New session' })).toHaveAttribute('href', '/live-sessions/new');
  });

  it('pages forward with the end cursor and back again', async () => {
    const { queries } = renderList(['ANALYST']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'Ask a dietitian' })).toBeInTheDocument();
    expect(queries().at(-1)).toMatchObject({ after: 'end-1' });

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Ask a pediatrician' })).toBeInTheDocument());
  });

  it('filters by status and search, sorts by a header, all in the URL', async () => {
    const { queries, router } = renderList(['ANALYST']);
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Ask a pediatrician' });
    expect(queries()[0]).toMatchObject({ orderBy: { field: 'SCHEDULED_START', direction: 'ASC' } });
    expect(screen.getByRole('columnheader', { name: /Scheduled start/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ruiz');
    await user.selectOptions(screen.getByLabelText('Status'), 'ENDED');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=ENDED&search=ruiz'));
    expect(queries().at(-1)).toMatchObject({ filter: { status: ['ENDED'], search: 'ruiz' } });

    await user.click(await screen.findByRole('button', { name: /Title/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=ENDED&search=ruiz&sort=TITLE'));
    expect(queries().at(-1)).toMatchObject({
      after: null,
      filter: { status: ['ENDED'], search: 'ruiz' },
      orderBy: { field: 'TITLE', direction: 'ASC' },
    });
  });

  it('opens the page and order the URL names', async () => {
    const { queries } = renderList(['ANALYST'], '/live-sessions?sort=-SCHEDULED_START&after=end-1');
    expect(await screen.findByRole('link', { name: 'Ask a dietitian' })).toBeInTheDocument();
    expect(queries()[0]).toMatchObject({ after: 'end-1', orderBy: { field: 'SCHEDULED_START', direction: 'DESC' } });
    expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
  });
});
