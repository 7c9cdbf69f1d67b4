import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeSubject } from 'wonka';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { InboxPanel } from '../components/InboxPanel';
import { threadSummary } from './feedbackFixtures';

describe('InboxPanel', () => {
  it('counts new and overdue threads, links each to the inbox so filtered, and counts again as threads arrive', async () => {
    const events = makeSubject<Record<string, unknown> | Error>();
    let counts = { newThreads: { totalCount: 0 }, overdueThreads: { totalCount: 1 } };
    const api = mockGraphqlClient((name) => {
      if (name === 'InboxCounts') return { data: counts };
      if (name === 'FeedbackInboxEvents') return { stream: events.source };
      return undefined;
    });
    renderWithProviders(<InboxPanel />, { client: api.client, viewer: viewerWithRoles('MARKETER') });
    expect(await screen.findByRole('link', { name: 'Nothing new' })).toHaveAttribute('href', '/inbox?status=NEW');
    expect(screen.getByRole('link', { name: '1 thread overdue for a first reply' })).toHaveAttribute(
      'href',
      '/inbox?overdue=yes',
    );
    counts = { newThreads: { totalCount: 3 }, overdueThreads: { totalCount: 1 } };
    act(() => events.next({ feedbackInboxEvents: { kind: 'CREATED', sequence: 4, thread: threadSummary() } }));
    expect(await screen.findByRole('link', { name: '3 new threads' })).toBeInTheDocument();
  });
});
