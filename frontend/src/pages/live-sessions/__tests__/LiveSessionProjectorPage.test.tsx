import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeSubject } from 'wonka';
import type { LiveQuestionFieldsFragment } from '@/generated/graphql';
import { liveQuestion, liveSessionDetail, viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { LiveSessionProjectorPage } from '../LiveSessionProjectorPage';

const session = liveSessionDetail({ status: 'LIVE', allowedTransitions: ['ENDED'] });
const approved = liveQuestion({ id: 'q1', text: 'Should my child get the flu shot?', status: 'APPROVED', revision: 3 });

function renderProjector(pinned: LiveQuestionFieldsFragment | null) {
  const events = makeSubject<Record<string, unknown> | Error>();
  const api = mockGraphqlClient((name) => {
    if (name === 'LiveSessionConsole') {
      const questions = pinned ? [pinned] : [approved];
      return {
        data: {
          liveSession: {
            ...session,
            eventSequence: 8,
            pinnedQuestion: pinned && { id: pinned.id },
            questions,
            polls: [],
          },
        },
      };
    }
    return name === 'LiveSessionEvents' ? { stream: events.source } : undefined;
  });
  renderWithProviders(<LiveSessionProjectorPage />, {
    client: api.client,
    viewer: viewerWithRoles('MODERATOR'),
    path: '/live-sessions/:id/projector',
    url: `/live-sessions/${encodeURIComponent(session.id)}/projector`,
  });
  const push = (sequence: number, question: LiveQuestionFieldsFragment) =>
    act(() =>
      events.next({ liveSessionEvents: { sequence, type: 'QUESTION_PINNED', sessionStatus: 'LIVE', question } }),
    );
  // The events subscription starts after the page has loaded; an event pushed before that is lost.
  const listening = () => waitFor(() => expect(api.operations.some((op) => op.kind === 'subscription')).toBe(true));
  return { push, listening };
}

describe('LiveSessionProjectorPage', () => {
  it('says so when no question is pinned, then shows one as soon as it is pinned', async () => {
    const { push, listening } = renderProjector(null);
    expect(await screen.findByText('No question pinned')).toBeInTheDocument();
    await listening();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    push(9, { ...approved, pinned: true, upvoteCount: 4, revision: 4 });
    expect(screen.getByText('Should my child get the flu shot?')).toBeInTheDocument();
    expect(screen.getByText('4 upvotes')).toBeInTheDocument();
  });

  it('follows the pinned question’s upvotes and its unpinning', async () => {
    const { push, listening } = renderProjector({ ...approved, pinned: true, upvoteCount: 1 });
    expect(await screen.findByText('1 upvote')).toBeInTheDocument();
    await listening();
    push(9, { ...approved, pinned: true, upvoteCount: 2, revision: 4 });
    expect(screen.getByText('2 upvotes')).toBeInTheDocument();
    push(10, { ...approved, pinned: false, upvoteCount: 2, revision: 5 });
    expect(screen.getByText('No question pinned')).toBeInTheDocument();
  });

  it('shows the room how to join: a QR code of the audience link and the join code, nothing for staff', async () => {
    renderProjector({ ...approved, pinned: true, askedBy: 'Pat', flags: ['PROFANITY'] });
    const url = `${window.location.origin}/live/${session.joinCode}`;
    const qr = await screen.findByRole('img', { name: `QR code for ${url}` });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(screen.getByText(session.joinCode)).toBeInTheDocument();
    expect(screen.queryByText('Live updates on.')).not.toBeInTheDocument();
    expect(screen.queryByText('Pat')).not.toBeInTheDocument();
    expect(screen.queryByText('Profanity')).not.toBeInTheDocument();
  });

  it('marks the pinned question answered and shows its answer', async () => {
    const { push, listening } = renderProjector({ ...approved, pinned: true });
    await screen.findByText('Should my child get the flu shot?');
    await listening();
    push(9, {
      ...approved,
      pinned: true,
      status: 'ANSWERED',
      revision: 5,
      answer: { text: 'Yes, every autumn from six months on.', answeredAt: '2026-12-10T18:30:00Z' },
    });
    expect(screen.getByText('Answered')).toBeInTheDocument();
    expect(screen.getByText('Yes, every autumn from six months on.')).toBeInTheDocument();
  });
});
