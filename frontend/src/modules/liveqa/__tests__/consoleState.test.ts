// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { liveQuestion } from '@/testing/fixtures';
import {
  applyConsoleQuestion,
  applySessionEvent,
  EMPTY_CONSOLE_STATE,
  mergeConsoleSnapshot,
  type ConsoleSnapshot,
  type SessionEvent,
} from '../utils/consoleState';

const snapshot = (overrides: Partial<ConsoleSnapshot> = {}): ConsoleSnapshot => ({
  status: 'LIVE',
  eventSequence: 10,
  pinnedQuestion: null,
  questions: [liveQuestion({ id: 'q1', revision: 3 })],
  polls: [],
  ...overrides,
});

const event = (sequence: number, overrides: Partial<SessionEvent> = {}): SessionEvent => ({
  sequence,
  type: 'QUESTION_APPROVED',
  sessionStatus: 'LIVE',
  question: null,
  poll: null,
  ...overrides,
});

const loaded = () => mergeConsoleSnapshot(EMPTY_CONSOLE_STATE, snapshot());

describe('console state', () => {
  it('starts from the snapshot: questions, status, pin and sequence', () => {
    const state = mergeConsoleSnapshot(EMPTY_CONSOLE_STATE, snapshot({ pinnedQuestion: { id: 'q1' } }));
    expect([...state.questions.keys()]).toEqual(['q1']);
    expect(state).toMatchObject({ status: 'LIVE', pinnedId: 'q1', highestSequence: 10, statusSequence: 10 });
  });

  it('takes a question from an event when its revision is higher', () => {
    const state = applySessionEvent(
      loaded(),
      event(11, { question: liveQuestion({ id: 'q1', revision: 4, status: 'APPROVED' }) }),
    );
    expect(state.questions.get('q1')).toMatchObject({ revision: 4, status: 'APPROVED' });
    expect(state.highestSequence).toBe(11);
  });

  it('keeps the copy it holds when an event carries an older or equal revision', () => {
    const before = applySessionEvent(
      loaded(),
      event(11, { question: liveQuestion({ id: 'q1', revision: 5, upvoteCount: 7 }) }),
    );
    const older = applySessionEvent(
      before,
      event(12, { question: liveQuestion({ id: 'q1', revision: 4, upvoteCount: 6 }) }),
    );
    const same = applySessionEvent(
      older,
      event(13, { question: liveQuestion({ id: 'q1', revision: 5, upvoteCount: 1 }) }),
    );
    expect(same.questions.get('q1')).toMatchObject({ revision: 5, upvoteCount: 7 });
    expect(same.highestSequence).toBe(13);
  });

  it('adds a question asked after the snapshot', () => {
    const state = applySessionEvent(
      loaded(),
      event(11, { type: 'QUESTION_ASKED', question: liveQuestion({ id: 'q2' }) }),
    );
    expect([...state.questions.keys()].sort()).toEqual(['q1', 'q2']);
  });

  it('takes the session status only from an event newer than what it was taken from', () => {
    const started = applySessionEvent(loaded(), event(12, { type: 'SESSION_ENDED', sessionStatus: 'ENDED' }));
    const replayed = applySessionEvent(started, event(11, { type: 'SESSION_STARTED', sessionStatus: 'LIVE' }));
    expect(replayed.status).toBe('ENDED');
  });

  it('moves the pin: pinning another question unpins the one held', () => {
    const pinned = applySessionEvent(
      loaded(),
      event(11, { question: liveQuestion({ id: 'q1', revision: 4, pinned: true }) }),
    );
    const moved = applySessionEvent(
      pinned,
      event(12, { question: liveQuestion({ id: 'q2', revision: 2, pinned: true }) }),
    );
    expect(moved.pinnedId).toBe('q2');
    const unpinned = applySessionEvent(
      moved,
      event(13, { question: liveQuestion({ id: 'q2', revision: 3, pinned: false }) }),
    );
    expect(unpinned.pinnedId).toBeNull();
  });

  it('ignores the pin of an out-of-date copy', () => {
    const pinned = applySessionEvent(
      loaded(),
      event(11, { question: liveQuestion({ id: 'q1', revision: 5, pinned: false }) }),
    );
    const stale = applySessionEvent(
      pinned,
      event(12, { question: liveQuestion({ id: 'q1', revision: 4, pinned: true }) }),
    );
    expect(stale.pinnedId).toBeNull();
  });

  it('keeps newer copies and status when a refetched snapshot is older than the events applied', () => {
    const live = applySessionEvent(
      loaded(),
      event(12, { sessionStatus: 'ENDED', question: liveQuestion({ id: 'q1', revision: 6, status: 'ANSWERED' }) }),
    );
    const merged = mergeConsoleSnapshot(
      live,
      snapshot({ eventSequence: 11, questions: [liveQuestion({ id: 'q1', revision: 5 }), liveQuestion({ id: 'q3' })] }),
    );
    expect(merged.questions.get('q1')).toMatchObject({ revision: 6, status: 'ANSWERED' });
    expect(merged.questions.has('q3')).toBe(true);
    expect(merged).toMatchObject({ status: 'ENDED', highestSequence: 12 });
  });

  it('shows a mutation answer at once unless an event brought a newer copy', () => {
    const state = applyConsoleQuestion(loaded(), liveQuestion({ id: 'q1', revision: 4, status: 'REJECTED' }));
    expect(state.questions.get('q1')?.status).toBe('REJECTED');
    expect(applyConsoleQuestion(state, liveQuestion({ id: 'q1', revision: 2 }))).toBe(state);
  });

  it('keeps the polls from the snapshot and follows them by their events, never backwards', () => {
    const poll = {
      id: 'p1',
      question: 'Flu shot?',
      options: [{ id: 'o1', label: 'Yes', votes: 0, percent: 0 }],
      status: 'OPEN' as const,
      totalVotes: 0,
      launchedAt: '2026-12-10T18:10:00Z',
      closedAt: null,
    };
    const state = mergeConsoleSnapshot(EMPTY_CONSOLE_STATE, snapshot({ polls: [poll] }));
    const counted = applySessionEvent(state, event(11, { type: 'POLL_UPDATED', poll: { ...poll, totalVotes: 2 } }));
    const replayed = applySessionEvent(counted, event(12, { type: 'POLL_UPDATED', poll: { ...poll, totalVotes: 1 } }));
    expect(replayed.polls).toEqual([{ ...poll, totalVotes: 2 }]);
    expect(replayed.highestSequence).toBe(12);
    // A refetched snapshot older than the events keeps the later counts.
    expect(mergeConsoleSnapshot(replayed, snapshot({ eventSequence: 10, polls: [poll] })).polls[0].totalVotes).toBe(2);
  });
});
