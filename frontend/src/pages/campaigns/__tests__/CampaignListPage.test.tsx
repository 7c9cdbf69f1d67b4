import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CampaignsQuery } from '@/generated/graphql';
import { campaignDetail, viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { CampaignListPage } from '../CampaignListPage';

const page = (after: unknown): CampaignsQuery => ({
  campaigns: {
    totalCount: 21,
    edges: [{ cursor: `c-${after ?? 0}`, node: { ...campaignDetail(), name: after ? 'Flu shot season' : 'Movember' } }],
    pageInfo: { hasNextPage: !after, endCursor: after ? 'end-2' : 'end-1' },
  },
});

function renderList(roles: Parameters<typeof viewerWithRoles>, url = '/campaigns') {
  const api = mockGraphqlClient((name, variables) => {
    if (name !== 'Campaigns') return undefined;
    if (variables.after === 'stale') return { classification: 'BAD_REQUEST', field: 'after' };
    return { data: page(variables.after) };
  });
  const view = renderWithProviders(<CampaignListPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/campaigns',
    url,
  });
  const queries = () => api.operations.filter((op) => op.kind === 'query').map((op) => op.variables);
  return { ...view, queries };
}

describe('CampaignListPage', () => {
  it('lists campaigns with their total count', async () => {
    renderList(['ANALYST']);
    expect(await screen.findByRole('link', { name: 'Movember' })).toBeInTheDocument();
    expect(screen.getByText('21 campaigns')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Awareness' })).toBeInTheDocument();
  });

  it('renders no create button for a read-only role', async () => {
    renderList(['CLINICAL_REVIEWER']);
    await screen.findByRole('link', { name: 'Movember' });
    expect(screen.queryByRole('link', { name: 'New campaign' })).not.toBeInTheDocument();
  });

  it('lets a marketer create a campaign', async () => {
    renderList(['MARKETER']);
    expect(await screen.findByRole('link', { name: 'New campaign' })).toHaveAttribute('href', '/campaigns/new');
  });

  it('queries with the filters from the URL', async () => {
    const { queries } = renderList(['ANALYST'], '/campaigns?status=ACTIVE&search=flu');
    await screen.findByRole('link', { name: 'Movember' });
    expect(queries()[0]).toEqual({
      first: 20,
      after: null,
      filter: { status: ['ACTIVE'], search: 'flu' },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(screen.getByLabelText('Status')).toHaveValue('ACTIVE');
  });

  it('writes applied filters to the query string', async () => {
    const { router } = renderList(['ANALYST']);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Channel'), 'TIKTOK');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(router.state.location.search).toBe('?channel=TIKTOK');
  });

  it('pages forward with the end cursor and back again, the page in the URL', async () => {
    const { queries, router } = renderList(['ANALYST']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'Flu shot season' })).toBeInTheDocument();
    expect(queries().at(-1)).toMatchObject({ after: 'end-1' });
    expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?after=end-1');

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Movember' })).toBeInTheDocument());
    expect(router.state.location.search).toBe('');
  });

  it('opens the page, order and filters the URL names', async () => {
    const { queries } = renderList(['ANALYST'], '/campaigns?sort=-START_DATE&channel=X&after=end-1');
    expect(await screen.findByRole('link', { name: 'Flu shot season' })).toBeInTheDocument();
    expect(queries()[0]).toEqual({
      first: 20,
      after: 'end-1',
      filter: { channel: 'X' },
      orderBy: { field: 'START_DATE', direction: 'DESC' },
    });
    expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Dates/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts by a column header button, reversing on a second press, from the first page', async () => {
    const { queries, router } = renderList(['ANALYST'], '/campaigns?after=end-1');
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Flu shot season' });
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Status/ })).not.toHaveAttribute('aria-sort');
    expect(screen.queryByRole('button', { name: 'Status' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Last updated/ }));
    await waitFor(() =>
      expect(queries().at(-1)).toMatchObject({ after: null, orderBy: { field: 'UPDATED_AT', direction: 'DESC' } }),
    );
    expect(router.state.location.search).toBe('?sort=-UPDATED_AT');
    expect(screen.getByText('Sorted by Last updated, descending.')).toBeInTheDocument();

    screen.getByRole('button', { name: /Last updated/ }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?sort=UPDATED_AT'));
    expect(screen.getByRole('columnheader', { name: /Last updated/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('falls back to the first page when the server refuses the cursor in the URL', async () => {
    const { router, queries } = renderList(['ANALYST'], '/campaigns?sort=-NAME&after=stale');
    expect(await screen.findByRole('link', { name: 'Movember' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?sort=-NAME');
    expect(queries().at(-1)).toMatchObject({ after: null, orderBy: { field: 'NAME', direction: 'DESC' } });
  });
});
