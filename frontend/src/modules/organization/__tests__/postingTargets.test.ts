// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatPostingTargets } from '../utils/postingTargets';
import { routePostingTargetErrors } from '../utils/routePostingTargetErrors';

describe('posting targets read aloud', () => {
  it('names each channel’s target in the usual channel order', () => {
    expect(
      formatPostingTargets([
        { channel: 'X', postsPerWeek: 5 },
        { channel: 'FACEBOOK', postsPerWeek: 3 },
      ]),
    ).toBe('Facebook 3 a week, X 5 a week');
    expect(formatPostingTargets([{ channel: 'TIKTOK', postsPerWeek: 0 }])).toBe('TikTok 0 a week');
  });

  it('says none is set when there are none', () => {
    expect(formatPostingTargets([])).toBe('None set');
  });
});

describe('posting target userErrors', () => {
  const sent = [
    { channel: 'FACEBOOK' as const, postsPerWeek: 3 },
    { channel: 'X' as const, postsPerWeek: 500 },
  ];

  it('names the input of the channel sent at the index the API names', () => {
    const routed = routePostingTargetErrors(
      [
        {
          field: ['input', 'postingTargets', '1', 'postsPerWeek'],
          code: 'INVALID',
          message: 'Enter a whole number of posts a week from 0 to 100',
        },
        {
          field: ['input', 'postingTargets', '0', 'channel'],
          code: 'INVALID',
          message: 'Set one target for FACEBOOK; it is listed twice',
        },
      ],
      sent,
    );
    expect(routed.map((error) => error.field)).toEqual([
      ['input', 'postingTargets.X'],
      ['input', 'postingTargets.FACEBOOK'],
    ]);
    expect(routed[0].message).toBe('Enter a whole number of posts a week from 0 to 100');
  });

  it('leaves other errors, and an index that names nothing sent, as they are', () => {
    const others = [
      { field: ['input', 'timezone'], code: 'INVALID' as const, message: 'Choose a time zone.' },
      { field: ['input', 'postingTargets', '7', 'channel'], code: 'INVALID' as const, message: 'Unknown.' },
      { field: ['input', 'postingTargets'], code: 'INVALID' as const, message: 'Too many.' },
      { field: null, code: 'CONFLICT' as const, message: 'Stale version.' },
    ];
    expect(routePostingTargetErrors(others, sent)).toEqual(others);
    expect(routePostingTargetErrors(others.slice(1, 2), undefined)).toEqual(others.slice(1, 2));
  });
});
