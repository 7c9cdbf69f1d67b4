import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THEME_FILTERS,
  dayRangeOf,
  instantsOf,
  previousRangeOf,
  readThemeFilters,
  validateThemeFilters,
  writeThemeFilters,
} from '../utils/themePeriod';
import { themeTrend } from '../utils/themeTrend';

const today = new Date('2026-12-04T15:30:00');

describe('themes period', () => {
  it('ends a preset with today and counts its days whole, today included', () => {
    const range = dayRangeOf({ ...DEFAULT_THEME_FILTERS, period: '7d' }, today);
    expect(range).toEqual({ from: '2026-11-28', to: '2026-12-04' });
    expect(instantsOf(range)).toEqual({
      from: new Date('2026-11-28T00:00:00').toISOString(),
      to: new Date('2026-12-05T00:00:00').toISOString(),
    });
    expect(previousRangeOf(range)).toEqual({ from: '2026-11-21', to: '2026-11-27' });
  });

  it('keeps the period and source in the address, only what differs from the last 30 days', () => {
    expect(writeThemeFilters(DEFAULT_THEME_FILTERS).toString()).toBe('');
    const custom = { period: 'custom', from: '2026-10-01', to: '2026-10-31', source: 'YELP_REVIEW' } as const;
    const params = writeThemeFilters(custom);
    expect(params.toString()).toBe('period=custom&from=2026-10-01&to=2026-10-31&source=YELP_REVIEW');
    expect(readThemeFilters(params)).toEqual(custom);
    // A custom period without its dates, or a period nobody offers, falls back to the default.
    expect(readThemeFilters(new URLSearchParams('period=custom&from=2026-10-01'))).toEqual(DEFAULT_THEME_FILTERS);
    expect(readThemeFilters(new URLSearchParams('period=2y&source=FAX'))).toEqual(DEFAULT_THEME_FILTERS);
  });

  it('asks for both days of a custom period, in order, a year at most', () => {
    const custom = (from: string, to: string) => ({ ...DEFAULT_THEME_FILTERS, period: 'custom' as const, from, to });
    expect(validateThemeFilters(custom('', '2026-10-31'))).toEqual({ from: 'Enter the first day' });
    expect(validateThemeFilters(custom('2026-10-31', '2026-10-01'))).toEqual({
      to: 'The last day must be on or after the first',
    });
    expect(validateThemeFilters(custom('2025-01-01', '2026-01-02'))).toEqual({ to: 'Choose a year or less' });
    expect(validateThemeFilters(custom('2025-01-01', '2025-12-31'))).toEqual({});
  });

  it('tells a trend in words, an arrow only beside them', () => {
    expect(themeTrend({ count: 5, previousCount: 4, trendPercent: 25 })).toEqual({
      arrow: '▲',
      shown: '25%',
      words: 'up 25% on the previous period',
    });
    expect(themeTrend({ count: 3, previousCount: 4, trendPercent: -25.4 }).words).toBe(
      'down 25% on the previous period',
    );
    expect(themeTrend({ count: 3, previousCount: 0, trendPercent: null }).shown).toBe('New');
    expect(themeTrend({ count: 4, previousCount: 4, trendPercent: 0 }).words).toBe('no change on the previous period');
  });
});
