// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateInZone, todayInZone } from '../utils/zonedTime';

describe('the organisation’s day of an instant', () => {
  it('puts a post on the day it is in the organisation’s time zone, not the reader’s', () => {
    const instant = '2026-03-02T07:30:00Z';
    expect(dateInZone(instant, 'America/Los_Angeles')).toBe('2026-03-01');
    expect(dateInZone(instant, 'UTC')).toBe('2026-03-02');
    expect(dateInZone('2026-03-01T11:30:00Z', 'Pacific/Auckland')).toBe('2026-03-02');
  });

  it('tells today in the organisation’s time zone', () => {
    const now = new Date('2026-01-01T02:00:00Z');
    expect(todayInZone('America/New_York', now)).toBe('2025-12-31');
    expect(todayInZone('Europe/Berlin', now)).toBe('2026-01-01');
  });

  it('falls back to the browser’s zone for a zone it does not know instead of failing', () => {
    expect(dateInZone('2026-06-15T12:00:00Z', 'Mars/Olympus_Mons')).toMatch(/^2026-06-1[45]$/);
  });
});
