// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { audienceQuestion } from '@/testing/fixtures';
import { sortByPinUpvotesNewest } from '../utils/questionOrder';

const q = (id: string, upvoteCount: number, createdAt: string) => audienceQuestion({ id, upvoteCount, createdAt });

describe('sortByPinUpvotesNewest', () => {
  it('sorts by upvotes, most first, then newest first', () => {
    const sorted = sortByPinUpvotesNewest(
      [
        q('old-3', 3, '2026-12-10T18:01:00Z'),
        q('new-3', 3, '2026-12-10T18:09:00Z'),
        q('top', 8, '2026-12-10T18:00:00Z'),
        q('none', 0, '2026-12-10T18:10:00Z'),
      ],
      null,
    );
    expect(sorted.map((x) => x.id)).toEqual(['top', 'new-3', 'old-3', 'none']);
  });

  it('puts the pinned question on top whatever its votes', () => {
    const sorted = sortByPinUpvotesNewest(
      [q('top', 8, '2026-12-10T18:00:00Z'), q('pin', 0, '2026-12-10T18:00:00Z')],
      'pin',
    );
    expect(sorted.map((x) => x.id)).toEqual(['pin', 'top']);
  });

  it('is stable for equal questions, by id', () => {
    const at = '2026-12-10T18:00:00Z';
    expect(sortByPinUpvotesNewest([q('b', 1, at), q('a', 1, at)], null).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
