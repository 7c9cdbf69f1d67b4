import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSubject } from 'wonka';
import type { FeedbackThreadSummaryFragment, FeedbackThreadsQuery, Role } from '@/generated/graphql';
import { themeTaxonomy, threadSummary } from '@/modules/feedback/__tests__/feedbackFixtures';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { InboxListPage } from '../InboxListPage';

const page = (threads: FeedbackThreadSummaryFragment[]): FeedbackThreadsQuery => ({
  feedbackThreads: {
    totalCount: threads.length,
    edges: threads.map((node) => ({ cursor: `c-${node.id}`, node })),
    pageInfo: { hasNextPage: false, endCursor: null },
  },
});

const overdueThread = threadSummary({ overdue: true, firstResponseDueAt: '2020-01-01T00:00:00Z' });

function renderInbox(role: Role, url = '/inbox', initial = [overdueThread]) {
  const events = makeSubject<Record<string, unknown> | Error>();
  let threads = initial;
  const api = mockGraphqlClient((name) => {
    if (name === 'FeedbackThreads') return { data: page(threads) };
    if (name === 'FeedbackThemeTaxonomy') return { data: { feedbackThemeTaxonomy: themeTaxonomy } };
    if (name === 'FeedbackInboxEvents') return { stream: events.source };
    if (name === 'FeedbackAssigneeOptions')
      return {
        data: {
          users: {
            edges: [{ node: { id: 'VXNlcjoz', name: 'Rita Reviewer', email: null, roles: ['CLINICAL_REVIEWER'] } }],
          },
        },
      };
    return undefined;
  });
  const view = renderWithProviders(<InboxListPage />, {
    client: api.client,
    viewer: { ...viewerWithRoles(role), id: 'VXNlcjox' },
    path: '/inbox',
    url,
  });
  const operations = (kind: string, name: string) =>
    api.operations
      .filter((op) => op.kind === kind && op.query.loc?.source.body.includes(name))
      .map((op) => op.variables);
  return { ...view, events, operations, setThreads: (next: typeof threads) => (threads = next) };
}

describe('InboxListPage', () => {
  it('shows each thread’s source, masked preview, status, first-response state and PHI in words', async () => {
    renderInbox('MARKETER');
    const table = await screen.findByRole('table', { name: 'Patient feedback' });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByRole('link', { name: 'Waited two hours. Call me at [PHONE]' })).toHaveAttribute(
      'href',
      '/inbox/RmVlZGJhY2tUaHJlYWQ6MQ',
    );
    expect(row).toHaveTextContent('Google review (public)');
    expect(row).toHaveTextContent('New');
    expect(row).toHaveTextContent('Nobody');
    expect(within(row).getByText(/^⚠ Overdue by \d+ days$/)).toBeInTheDocument();
    expect(within(row).getByText('Suspected PHI')).toBeInTheDocument();
    expect(screen.getByText('1 thread, newest activity first')).toBeInTheDocument();
  });

  it('queries with the filters from the address, “Me” as the viewer’s own ID', async () => {
    const { operations } = renderInbox('MARKETER', '/inbox?status=OPEN&assignee=me&overdue=yes&hasPhi=no&tag=billing');
    await screen.findByRole('table');
    expect(operations('query', 'feedbackThreads')[0]).toEqual({
      first: 25,
      after: null,
      filter: { status: ['OPEN'], assignee: 'VXNlcjox', tag: 'billing', overdue: true, hasPhi: false },
    });
    expect(screen.getByLabelText('Assigned to')).toHaveValue('me');
    expect(screen.getByLabelText('First response')).toHaveValue('yes');
  });

  it('writes applied filters to the address, “Unassigned” as none', async () => {
    const { router, operations } = renderInbox('MARKETER');
    await screen.findByRole('table');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Assigned to'), 'Unassigned');
    await user.selectOptions(screen.getByLabelText('Source'), 'Yelp review');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(router.state.location.search).toBe('?source=YELP_REVIEW&assignee=none');
    expect(operations('query', 'feedbackThreads').at(-1)).toMatchObject({
      filter: { source: ['YELP_REVIEW'], assignee: '' },
    });
  });

  it('shows a thread that arrives while the list is open and says so politely, without the patient’s words', async () => {
    const { events, setThreads } = renderInbox('COMPLIANCE_OFFICER');
    await screen.findByRole('table');
    expect(screen.getByRole('status')).toHaveTextContent('Updates live as feedback arrives and changes.');
    const arrived = threadSummary({
      id: 'RmVlZGJhY2tUaHJlYWQ6Mg',
      source: 'INSTAGRAM_DM',
      visibility: 'PRIVATE',
      preview: 'Is the clinic open on Sunday?',
      hasPhi: false,
    });
    setThreads([arrived, threadSummary()]);
    act(() => events.next({ feedbackInboxEvents: { kind: 'CREATED', sequence: 7, thread: arrived } }));
    expect(await screen.findByRole('link', { name: 'Is the clinic open on Sunday?' })).toBeInTheDocument();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('New in the inbox: Instagram direct message (private).');
    expect(status).not.toHaveTextContent('Sunday');
  });

  it('lists only their own threads to a clinical reviewer, with no live feed or assignee filter', async () => {
    const { operations } = renderInbox('CLINICAL_REVIEWER');
    await screen.findByRole('table');
    expect(screen.getByText('1 thread, newest activity first, assigned to you')).toBeInTheDocument();
    expect(operations('subscription', 'feedbackInboxEvents')).toEqual([]);
    expect(screen.queryByLabelText('Assigned to')).not.toBeInTheDocument();
  });

  it('says the inbox is empty, or that nothing matches the filters', async () => {
    const empty = renderInbox('MARKETER', '/inbox', []);
    expect(
      await screen.findByText('The inbox is empty: new comments, reviews and messages appear here.'),
    ).toBeInTheDocument();
    empty.unmount();
    renderInbox('MARKETER', '/inbox?status=ESCALATED', []);
    expect(await screen.findByText('No feedback matches these filters.')).toBeInTheDocument();
  });

  it('offers the CSV import to admins and marketers, not to compliance officers', async () => {
    const marketer = renderInbox('MARKETER');
    expect(await screen.findByRole('link', { name: 'Import CSV…' })).toHaveAttribute('href', '/inbox/import');
    marketer.unmount();
    renderInbox('COMPLIANCE_OFFICER');
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'Import CSV…' })).not.toBeInTheDocument();
  });

  it('shows each thread’s tone in words beside its sign, and its themes by label, linked to their threads', async () => {
    renderInbox('MARKETER', '/inbox', [
      threadSummary({ sentiment: { label: 'NEGATIVE', score: -0.6 }, themes: ['WAIT_TIMES', 'phrase:parking garage'] }),
    ]);
    const row = within(await screen.findByRole('table', { name: 'Patient feedback' })).getAllByRole('row')[1];
    expect(within(row).getByText('Negative')).toBeInTheDocument();
    expect(within(row).getByText('−')).toHaveAttribute('aria-hidden', 'true');
    const chip = await within(row).findByRole('link', { name: 'Wait times: threads of this theme' });
    expect(chip).toHaveAttribute('href', '/inbox?theme=WAIT_TIMES');
    expect(within(row).getByRole('link', { name: '“parking garage”: threads of this theme' })).toBeInTheDocument();
  });

  it('lists the threads of a theme received in a period, as the themes page links them, with the filters shown', async () => {
    const { operations } = renderInbox(
      'COMPLIANCE_OFFICER',
      '/inbox?theme=WAIT_TIMES&createdFrom=2026-11-05&createdTo=2026-12-04&source=GOOGLE_REVIEW',
    );
    await screen.findByRole('table');
    expect(operations('query', 'feedbackThreads')[0]).toEqual({
      first: 25,
      after: null,
      filter: {
        source: ['GOOGLE_REVIEW'],
        theme: 'WAIT_TIMES',
        createdFrom: new Date('2026-11-05T00:00:00').toISOString(),
        createdTo: new Date('2026-12-05T00:00:00').toISOString(),
      },
    });
    expect(await screen.findByRole('option', { name: 'Wait times', selected: true })).toBeInTheDocument();
    expect(screen.getByLabelText('Received from')).toHaveValue('2026-11-05');
    expect(screen.getByLabelText('Received to')).toHaveValue('2026-12-04');
  });

  it('refuses a received-to day before the received-from day', async () => {
    const { router } = renderInbox('MARKETER');
    await screen.findByRole('table');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Received from'), '2026-12-04');
    await user.type(screen.getByLabelText('Received to'), '2026-11-05');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByLabelText('Received to')).toHaveAccessibleDescription(
      expect.stringContaining('Received to must be on or after Received from'),
    );
    expect(router.state.location.search).toBe('');
  });
});
