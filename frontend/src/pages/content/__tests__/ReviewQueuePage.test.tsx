import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeSubject } from 'wonka';
import type { ReviewQueueQuery } from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { ReviewQueuePage } from '../ReviewQueuePage';

const item: ReviewQueueQuery['reviewQueue'][number] = {
  id: 'Q29udGVudDo5',
  title: 'Flu shots for toddlers',
  format: 'HEALTH_TIP',
  status: 'IN_REVIEW',
  campaign: null,
  updatedAt: '2026-03-02T09:00:00Z',
  version: 2,
  createdBy: { id: 'user-2', name: 'Maria Marketer', email: 'marketer@riverside.example' },
};

describe('ReviewQueuePage', () => {
  it('shows an item submitted elsewhere as soon as the change arrives, and says what changed', async () => {
    const events = makeSubject<Record<string, unknown> | Error>();
    let queue: ReviewQueueQuery['reviewQueue'] = [];
    const api = mockGraphqlClient((name) => {
      if (name === 'ReviewQueue') return { data: { reviewQueue: queue } };
      if (name === 'ContentEvents') return { stream: events.source };
      return undefined;
    });
    renderWithProviders(<ReviewQueuePage />, {
      client: api.client,
      viewer: viewerWithRoles('CLINICAL_REVIEWER'),
      path: '/content/review',
    });
    expect(await screen.findByText('0 waiting for clinical review, oldest first')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Updates live as items are submitted and reviewed.');

    queue = [item];
    act(() =>
      events.next({
        contentEvents: { kind: 'STATUS_CHANGED', content: { id: item.id, title: item.title, status: 'IN_REVIEW' } },
      }),
    );
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: 'Flu shots for toddlers' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('“Flu shots for toddlers” is now in clinical review.');
  });
});
