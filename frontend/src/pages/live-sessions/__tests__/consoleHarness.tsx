import { act, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { makeSubject } from 'wonka';
import type { LivePollFieldsFragment, LiveQuestionFieldsFragment, Role } from '@/generated/graphql';
import { liveQuestion, liveSessionDetail, viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { LiveSessionConsolePage } from '../LiveSessionConsolePage';

/** The console of a live session with three questions, its events driven by the test. */
export const session = liveSessionDetail({ status: 'LIVE', allowedTransitions: ['ENDED'], version: 2 });
export const phone = 'Please call me at 617-555-0134 about my results';
export const questions = [
  liveQuestion({
    id: 'q-clean',
    text: 'How long is a cold contagious?',
    askedBy: 'Sam',
    createdAt: '2026-12-10T18:01:00Z',
  }),
  liveQuestion({
    id: 'q-phi',
    text: phone,
    askedBy: null,
    anonymous: true,
    flags: ['PHI_SUSPECTED'],
    phiFindings: [{ type: 'PHONE', severity: 'HIGH', start: 18, end: 30 }],
    createdAt: '2026-12-10T18:02:00Z',
  }),
  liveQuestion({
    id: 'q-approved',
    text: 'Should my child get the flu shot?',
    status: 'APPROVED',
    allowedActions: ['PIN', 'MARK_ANSWERED', 'REJECT'],
    upvoteCount: 3,
    revision: 4,
  }),
];

export const livePoll = (overrides: Partial<LivePollFieldsFragment> = {}): LivePollFieldsFragment => ({
  id: 'poll-1',
  question: 'Will you get a flu shot this year?',
  options: [
    { id: 'o1', label: 'Yes', votes: 0, percent: 0 },
    { id: 'o2', label: 'No', votes: 0, percent: 0 },
  ],
  status: 'OPEN',
  totalVotes: 0,
  launchedAt: '2026-12-10T18:10:00Z',
  closedAt: null,
  ...overrides,
});

export function renderConsole(
  roles: Role[] = ['MODERATOR'],
  respond?: (name?: string, variables?: Record<string, unknown>) => MockResponse,
  polls: LivePollFieldsFragment[] = [],
) {
  const events = makeSubject<Record<string, unknown> | Error>();
  const api = mockGraphqlClient((name, variables) => {
    const answer = respond?.(name, variables);
    if (answer) return answer;
    if (name === 'LiveSessionConsole') {
      return { data: { liveSession: { ...session, eventSequence: 3, pinnedQuestion: null, questions, polls } } };
    }
    if (name === 'LiveSessionEvents') return { stream: events.source };
    return undefined;
  });
  // Inside <main>, as AppLayout renders it: the shortcuts only listen to the page's content.
  renderWithProviders(
    <main>
      <LiveSessionConsolePage />
    </main>,
    {
      client: api.client,
      viewer: viewerWithRoles(...roles),
      path: '/live-sessions/:id/console',
      url: `/live-sessions/${encodeURIComponent(session.id)}/console`,
    },
  );
  const push = (sequence: number, question: LiveQuestionFieldsFragment | null, sessionStatus = 'LIVE') =>
    act(() =>
      events.next({ liveSessionEvents: { sequence, type: 'QUESTION_APPROVED', sessionStatus, question, poll: null } }),
    );
  const pushPoll = (sequence: number, type: string, poll: LivePollFieldsFragment) =>
    act(() => events.next({ liveSessionEvents: { sequence, type, sessionStatus: 'LIVE', question: null, poll } }));
  /** Drops the socket: the console subscribes again after the highest sequence it applied. */
  const drop = () => act(() => events.next(Object.assign(new Error('socket closed'), { code: 1006 })));
  const mutations = () => api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);
  // The events subscription starts after the page has loaded; an event pushed before that is lost.
  const listening = () => waitFor(() => expect(api.operations.some((op) => op.kind === 'subscription')).toBe(true));
  return { api, push, pushPoll, drop, mutations, listening };
}
