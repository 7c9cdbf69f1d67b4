// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cadenceRows, cadenceStanding, cadenceSummary, cadenceWording } from '../utils/cadence';

describe('cadence wording', () => {
  it('says on, under or over target with how far off', () => {
    expect(cadenceStanding(3, 3)).toBe('on');
    expect(cadenceStanding(1, 3)).toBe('under');
    expect(cadenceStanding(5, 3)).toBe('over');
    expect(cadenceWording(3, 3)).toBe('3 posts, on target');
    expect(cadenceWording(1, 3)).toBe('1 post, 2 under target');
    expect(cadenceWording(0, 2)).toBe('0 posts, 2 under target');
    expect(cadenceWording(5, 3)).toBe('5 posts, 2 over target');
    expect(cadenceWording(0, 0)).toBe('0 posts, on target');
  });

  it('gives the count alone without a target', () => {
    expect(cadenceWording(1, null)).toBe('1 post');
    expect(cadenceWording(4, null)).toBe('4 posts');
  });

  it('sums a channel up over the weeks shown against its own target, or by its average without one', () => {
    const row = (target: number | null, ...posts: number[]) => ({
      id: 'X' as const,
      channel: 'X' as const,
      target,
      weeks: posts.map((count, i) => ({ weekOf: `2026-03-0${i + 1}`, posts: count })),
    });
    expect(cadenceSummary(row(3, 3, 3, 3))).toBe('On target all 3 weeks');
    expect(cadenceSummary(row(3, 1, 0))).toBe('Under target all 2 weeks');
    expect(cadenceSummary(row(1, 1, 0))).toBe('On target 1 of 2 weeks (1 under)');
    expect(cadenceSummary(row(3, 3, 1, 5, 3))).toBe('On target 2 of 4 weeks (1 under, 1 over)');
    expect(cadenceSummary(row(3, 0, 4))).toBe('On target 0 of 2 weeks (1 under, 1 over)');
    expect(cadenceSummary(row(3, 2))).toBe('Under target');
    expect(cadenceSummary(row(null, 2, 3))).toBe('2.5 posts a week on average');
    expect(cadenceSummary(row(null, 1, 1))).toBe('1 post a week on average');
    expect(cadenceSummary(row(null, 4))).toBe('4 posts');
  });
});

describe('cadence table', () => {
  const weeks = ['2026-03-02', '2026-03-09'];

  it('has a row per channel the API counted, in the usual channel order, with 0 for weeks without posts', () => {
    const rows = cadenceRows(
      [
        { channel: 'INSTAGRAM', weekOf: '2026-03-09', posts: 2, target: null },
        { channel: 'FACEBOOK', weekOf: '2026-03-02', posts: 1, target: null },
        { channel: 'FACEBOOK', weekOf: '2026-03-09', posts: 4, target: null },
      ],
      weeks,
    );
    expect(rows.map((row) => [row.channel, row.target, row.weeks.map((week) => week.posts)])).toEqual([
      ['FACEBOOK', null, [1, 4]],
      ['INSTAGRAM', null, [0, 2]],
    ]);
  });

  it('gives each row its own channel’s target, and a channel with a target but no posts a row of 0 under it', () => {
    const rows = cadenceRows(
      [
        { channel: 'X', weekOf: '2026-03-02', posts: 3, target: 2 },
        { channel: 'X', weekOf: '2026-03-09', posts: 2, target: 2 },
        { channel: 'FACEBOOK', weekOf: '2026-03-09', posts: 1, target: null },
        { channel: 'LINKEDIN', weekOf: '2026-03-02', posts: 0, target: 4 },
        { channel: 'LINKEDIN', weekOf: '2026-03-09', posts: 0, target: 4 },
      ],
      weeks,
    );
    expect(rows.map((row) => [row.channel, row.target, row.weeks.map((week) => week.posts)])).toEqual([
      ['FACEBOOK', null, [0, 1]],
      ['X', 2, [3, 2]],
      ['LINKEDIN', 4, [0, 0]],
    ]);
    expect(rows.map(cadenceSummary)).toEqual([
      '0.5 posts a week on average',
      'On target 1 of 2 weeks (1 over)',
      'Under target all 2 weeks',
    ]);
    expect(cadenceWording(rows[2].weeks[0].posts, rows[2].target)).toBe('0 posts, 4 under target');
  });
});
