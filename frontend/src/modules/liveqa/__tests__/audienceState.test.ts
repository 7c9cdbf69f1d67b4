// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MyQuestionFieldsFragment } from '@/generated/graphql';
import { audienceQuestion, liveAudience } from '@/testing/fixtures';
import {
  addMyQuestion,
  applyAudienceEvent,
  applyPollAnswer,
  applyUpvote,
  audienceStateFrom,
  myQuestionStatus,
  type AudienceEvent,
} from '../utils/audienceState';

const shown = (sequence: number, overrides: Parameters<typeof audienceQuestion>[0]): AudienceEvent => ({
  sequence,
  type: 'QUESTION_SHOWN',
  sessionStatus: 'LIVE',
  questionId: null,
  question: audienceQuestion(overrides),
  poll: null,
});
const removed = (sequence: number, questionId: string): AudienceEvent => ({
  sequence,
  type: 'QUESTION_REMOVED',
  sessionStatus: 'LIVE',
  questionId,
  question: null,
  poll: null,
});
const mine = (id: string, status: MyQuestionFieldsFragment['status'] = 'PENDING'): MyQuestionFieldsFragment => ({
  id,
  text: 'Mine',
  anonymous: false,
  status,
  createdAt: '2026-12-10T18:05:00Z',
});

const initial = () =>
  audienceStateFrom(
    liveAudience({
      eventSequence: 4,
      questions: [audienceQuestion({ id: 'q1', revision: 2, pinned: true })],
      myUpvotes: ['q1'],
    }),
  );

describe('audience state', () => {
  it('starts from the snapshot with its pin and the participant’s upvotes', () => {
    const state = initial();
    expect(state).toMatchObject({ pinnedId: 'q1', highestSequence: 4, status: 'LIVE', lastShown: null });
    expect(state.myUpvotes.has('q1')).toBe(true);
  });

  it('adds a newly shown question and announces it', () => {
    const state = applyAudienceEvent(initial(), shown(5, { id: 'q2', text: 'Is it the flu?' }));
    expect(state.questions.get('q2')?.text).toBe('Is it the flu?');
    expect(state.lastShown?.id).toBe('q2');
    expect(state.highestSequence).toBe(5);
  });

  it('updates a question only when the revision is higher, without announcing it again', () => {
    const newer = applyAudienceEvent(initial(), shown(5, { id: 'q1', revision: 3, upvoteCount: 4, pinned: true }));
    const older = applyAudienceEvent(newer, shown(6, { id: 'q1', revision: 2, upvoteCount: 1, pinned: true }));
    expect(older.questions.get('q1')?.upvoteCount).toBe(4);
    expect(older.lastShown).toBeNull();
  });

  it('drops a removed question, its pin included', () => {
    const state = applyAudienceEvent(initial(), removed(5, 'q1'));
    expect(state.questions.has('q1')).toBe(false);
    expect(state.pinnedId).toBeNull();
  });

  it('does not bring a removed question back with a replayed older event', () => {
    const gone = applyAudienceEvent(initial(), removed(7, 'q1'));
    const replayed = applyAudienceEvent(gone, shown(6, { id: 'q1', revision: 9 }));
    expect(replayed.questions.has('q1')).toBe(false);
  });

  it('shows a question again when it is shown after its removal', () => {
    const gone = applyAudienceEvent(initial(), removed(5, 'q1'));
    const back = applyAudienceEvent(gone, shown(8, { id: 'q1', revision: 5 }));
    expect(back.questions.has('q1')).toBe(true);
  });

  it('follows session changes by sequence', () => {
    const ended = applyAudienceEvent(initial(), {
      ...removed(9, 'x'),
      type: 'SESSION_CHANGED',
      questionId: null,
      sessionStatus: 'ENDED',
    });
    const replayed = applyAudienceEvent(ended, shown(6, { id: 'q3' }));
    expect(replayed.status).toBe('ENDED');
    expect(replayed.highestSequence).toBe(9);
  });

  it('records an upvote and its withdrawal with the count the server answered', () => {
    const withdrawn = applyUpvote(initial(), audienceQuestion({ id: 'q1', revision: 3, upvoteCount: 0 }), false);
    expect(withdrawn.myUpvotes.has('q1')).toBe(false);
    expect(withdrawn.questions.get('q1')?.upvoteCount).toBe(0);
    const again = applyUpvote(withdrawn, audienceQuestion({ id: 'q1', revision: 4, upvoteCount: 1 }), true);
    expect(again.myUpvotes.has('q1')).toBe(true);
    expect(again.questions.get('q1')?.upvoteCount).toBe(1);
  });

  it('lists a newly asked question first, once', () => {
    const state = addMyQuestion(addMyQuestion(initial(), mine('m1')), mine('m2'));
    expect(addMyQuestion(state, mine('m1')).myQuestions.map((q) => q.id)).toEqual(['m2', 'm1']);
  });

  it('tells a participant where its question stands from what the feed shows', () => {
    let state = addMyQuestion(initial(), mine('m1'));
    expect(myQuestionStatus(state, mine('m1'))).toBe('PENDING');
    state = applyAudienceEvent(state, shown(5, { id: 'm1', status: 'APPROVED' }));
    expect(myQuestionStatus(state, mine('m1'))).toBe('APPROVED');
    state = applyAudienceEvent(state, shown(6, { id: 'm1', status: 'ANSWERED', revision: 3 }));
    expect(myQuestionStatus(state, mine('m1'))).toBe('ANSWERED');
    state = applyAudienceEvent(state, removed(7, 'm1'));
    expect(myQuestionStatus(state, mine('m1'))).toBe('REJECTED');
  });

  it('follows a poll from the feed, which says nothing of who answered, keeping the participant’s own answer', () => {
    const results: NonNullable<AudienceEvent['poll']> = {
      id: 'p1',
      question: 'Flu shot?',
      options: [
        { id: 'o1', label: 'Yes', votes: 1, percent: 100 },
        { id: 'o2', label: 'No', votes: 0, percent: 0 },
      ],
      status: 'OPEN',
      totalVotes: 1,
    };
    const pollEvent = (sequence: number, poll: typeof results): AudienceEvent => ({
      sequence,
      type: 'POLL_CHANGED',
      sessionStatus: 'LIVE',
      questionId: null,
      question: null,
      poll,
    });
    let state = applyAudienceEvent(initial(), pollEvent(5, results));
    expect(state.polls).toEqual([{ ...results, myAnswer: null }]);
    // The feed got ahead of the answer's own copy: the later counts stay, with the answer.
    state = applyAudienceEvent(state, pollEvent(6, { ...results, totalVotes: 2 }));
    state = applyPollAnswer(state, { ...results, myAnswer: 'o1' });
    expect(state.polls[0]).toMatchObject({ totalVotes: 2, myAnswer: 'o1' });
    state = applyAudienceEvent(state, pollEvent(7, { ...results, status: 'CLOSED', totalVotes: 2 }));
    expect(state.polls[0]).toMatchObject({ status: 'CLOSED', myAnswer: 'o1' });
    expect(state.highestSequence).toBe(7);
  });
});
