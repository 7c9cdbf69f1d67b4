// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cadenceRows, cadenceStanding, cadenceSummary, cadenceWording, parseCadenceTarget } from '../utils/cadence';

describe('cadence wording', () => {
  it('says on, under or over target with how far off', () => {
    expect(cadenceStanding(3, 3)).toBe('on');
    expect(cadenceStanding(1, 3)).toBe('under');
    expect(cadenceStanding(5, 3)).toBe('over');
    expect(cadenceWording(3, 3)).toBe('3 posts, on target');
    expect(cadenceWording(1, 3)).toBe('1 post, 2 under target');
    expect(cadenceWording(0, 2)).toBe('0 posts, 2 under target');
    expect(cadenceWording(5, 3)).toBe('5 posts, 2 over target');
  });

  it('gives the count alone without a target', () => {
    expect(cadenceWording(1, null)).toBe('1 post');
    expect(cadenceWording(4, null)).toBe('4 posts');
  });

  it('sums a channel up over the weeks shown', () => {
    const row = (...posts: number[]) => ({
      id: 'X' as const,
      channel: 'X' as const,
      weeks: posts.map((count, i) => ({ weekOf: `2026-03-0${i + 1}`, posts: count })),
    });
    expect(cadenceSummary(row(3, 3, 3), 3)).toBe('On target all 3 weeks');
    expect(cadenceSummary(row(1, 0), 3)).toBe('Under target all 2 weeks');
    expect(cadenceSummary(row(3, 1, 5, 3), 3)).toBe('On target 2 of 4 weeks (1 under, 1 over)');
    expect(cadenceSummary(row(0, 4), 3)).toBe('On target 0 of 2 weeks (1 under, 1 over)');
    expect(cadenceSummary(row(2), 3)).toBe('Under target');
    expect(cadenceSummary(row(2, 3), null)).toBe('2.5 posts a week on average');
    expect(cadenceSummary(row(1, 1), null)).toBe('1 post a week on average');
    expect(cadenceSummary(row(4), null)).toBe('4 posts');
  });
});

describe('cadence table', () => {
  it('has a row per channel that posts, in the usual channel order, with 0 for weeks without posts', () => {
    const rows = cadenceRows(
      [
        { channel: 'INSTAGRAM', weekOf: '2026-03-09', posts: 2 },
        { channel: 'FACEBOOK', weekOf: '2026-03-02', posts: 1 },
        { channel: 'FACEBOOK', weekOf: '2026-03-09', posts: 4 },
      ],
      ['2026-03-02', '2026-03-09'],
    );
    expect(rows.map((row) => [row.channel, row.weeks.map((week) => week.posts)])).toEqual([
      ['FACEBOOK', [1, 4]],
      ['INSTAGRAM', [0, 2]],
    ]);
  });
});

describe('cadence target', () => {
  it('takes a whole number of posts a week from 1 to 99, and nothing else', () => {
    expect(parseCadenceTarget('3')).toBe(3);
    expect(parseCadenceTarget(' 12 ')).toBe(12);
    expect(parseCadenceTarget('0')).toBeNull();
    expect(parseCadenceTarget('100')).toBeNull();
    expect(parseCadenceTarget('2.5')).toBeNull();
    expect(parseCadenceTarget('')).toBeNull();
    expect(parseCadenceTarget(null)).toBeNull();
  });
});
