// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describePollResults, isAtLeastAsRecent, openPollOf, upsertPoll, type PollCopy } from '../utils/pollResults';

const copy = (id: string, totalVotes: number, status: PollCopy['status'] = 'OPEN'): PollCopy => ({
  id,
  totalVotes,
  status,
});

describe('poll results', () => {
  it('orders copies of a poll without a revision: closed beats open, then more votes', () => {
    expect(isAtLeastAsRecent(copy('p', 3), copy('p', 4))).toBe(true);
    expect(isAtLeastAsRecent(copy('p', 4), copy('p', 3))).toBe(false);
    expect(isAtLeastAsRecent(copy('p', 9), copy('p', 4, 'CLOSED'))).toBe(true);
    expect(isAtLeastAsRecent(copy('p', 4, 'CLOSED'), copy('p', 9))).toBe(false);
  });

  it('puts a new poll first, replaces a held one only with a later copy, and keeps the list otherwise', () => {
    const polls = [copy('old', 5, 'CLOSED')];
    const launched = upsertPoll(polls, copy('new', 0));
    expect(launched.map((poll) => poll.id)).toEqual(['new', 'old']);
    const counted = upsertPoll(launched, copy('new', 2));
    expect(counted[0].totalVotes).toBe(2);
    expect(upsertPoll(counted, copy('new', 1))).toBe(counted);
    expect(upsertPoll(counted, copy('new', 2))).toBe(counted);
    expect(openPollOf(counted)?.id).toBe('new');
  });

  it('keeps what the merge keeps from the held copy, such as a participant’s own answer', () => {
    const held = [{ ...copy('p', 1), myAnswer: 'o2' as string | null }];
    const next = upsertPoll(held, { ...copy('p', 2), myAnswer: null }, (was, now) => ({
      ...now,
      myAnswer: now.myAnswer ?? was.myAnswer,
    }));
    expect(next[0]).toMatchObject({ totalVotes: 2, myAnswer: 'o2' });
  });

  it('says the results in one sentence for a screen reader', () => {
    expect(
      describePollResults({
        question: 'Flu shot this year?',
        totalVotes: 5,
        status: 'CLOSED',
        options: [
          { label: 'Yes', votes: 3, percent: 60 },
          { label: 'No', votes: 2, percent: 40 },
        ],
      }),
    ).toBe('Final results of “Flu shot this year?”: Yes 3 votes, 60%; No 2 votes, 40%. 5 votes in all.');
  });
});
