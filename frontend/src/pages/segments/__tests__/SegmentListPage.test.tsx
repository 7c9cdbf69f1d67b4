import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AudienceSegmentsQuery } from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { SegmentListPage } from '../SegmentListPage';

const segment = (name: string) => ({
  id: `seg-${name}`,
  name,
  description: null,
  ageRange: null,
  locations: [],
  languages: ['en-US'],
  preferredChannels: [],
  updatedAt: '2026-05-01T10:00:00Z',
});

const page = (after: unknown): AudienceSegmentsQuery => ({
  audienceSegments: {
    totalCount: 21,
    edges: [{ cursor: 'c', node: segment(after ? 'Runners' : 'Parents of toddlers') }],
    pageInfo: { hasNextPage: !after, endCursor: after ? 'end-2' : 'end-1' },
  },
});

function renderList(url = '/segments') {
  const api = mockGraphqlClient((name, variables) => {
    if (name !== 'AudienceSegments') return undefined;
    if (variables.after === 'stale') return { classification: 'BAD_REQUEST', field: 'after' };
    return { data: page(variables.after) };
  });
  const view = renderWithProviders(<SegmentListPage />, {
    client: api.client,
    viewer: viewerWithRoles('ANALYST'),
    path: '/segments',
    url,
  });
  const queries = () => api.operations.filter((op) => op.kind === 'query').map((op) => op.variables);
  return { ...view, queries };
}

describe('SegmentListPage', () => {
  it('keeps the filters, order and page in the URL', async () => {
    const { queries, router } = renderList('/segments?channel=X&sort=-UPDATED_AT');
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Parents of toddlers' });
    expect(queries()[0]).toEqual({
      first: 20,
      after: null,
      filter: { channel: 'X' },
      orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
    });

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'Runners' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?channel=X&sort=-UPDATED_AT&after=end-1');

    await user.click(screen.getByRole('button', { name: /Name/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?channel=X'));
    expect(queries().at(-1)).toMatchObject({ after: null, orderBy: { field: 'NAME', direction: 'ASC' } });
  });

  it('falls back to the first page when the server refuses the cursor', async () => {
    const { router } = renderList('/segments?after=stale');
    expect(await screen.findByRole('link', { name: 'Parents of toddlers' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });
});
