import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TakedownState } from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { TakedownsWaitingPanel } from '../components/TakedownsWaitingPanel';

const item = (id: string, ...states: TakedownState[]) => ({ id, takedowns: states.map((state) => ({ state })) });

function renderPanel(items: ReturnType<typeof item>[], hasNextPage = false) {
  const api = mockGraphqlClient((name) =>
    name === 'OpenTakedownCount'
      ? { data: { contents: { edges: items.map((node) => ({ node })), pageInfo: { hasNextPage } } } }
      : undefined,
  );
  renderWithProviders(<TakedownsWaitingPanel />, { client: api.client, viewer: viewerWithRoles('MARKETER') });
}

describe('the home panel of take-downs to confirm', () => {
  it('counts the open take-downs, not the items, and links to the list', async () => {
    renderPanel([item('a', 'OPEN', 'CONFIRMED', 'OPEN'), item('b', 'OPEN')]);
    expect(await screen.findByRole('link', { name: '3 take-downs to confirm' })).toHaveAttribute(
      'href',
      '/content/takedowns',
    );
  });

  it('says nothing is waiting when none is open', async () => {
    renderPanel([]);
    expect(await screen.findByRole('link', { name: 'Nothing waiting' })).toBeInTheDocument();
  });

  it('says more than it counted when more items wait than it read', async () => {
    renderPanel([item('a', 'OPEN')], true);
    expect(await screen.findByRole('link', { name: 'More than 1 take-down to confirm' })).toBeInTheDocument();
  });
});
