// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { timeZoneOptions } from '../utils/timeZoneOptions';

const values = (current: string, zones?: string[]) => timeZoneOptions(current, zones).map((option) => option.value);

describe('timeZoneOptions', () => {
  it('lists the given zones alphabetically, with UTC, readable labels and the zone names as values', () => {
    expect(timeZoneOptions('UTC', ['Europe/Paris', 'America/Los_Angeles'])).toEqual([
      { value: 'America/Los_Angeles', label: 'America/Los Angeles' },
      { value: 'Europe/Paris', label: 'Europe/Paris' },
      { value: 'UTC', label: 'UTC' },
    ]);
  });

  it('keeps the current zone even when the browser does not list it', () => {
    expect(values('Asia/Calcutta', ['Asia/Kolkata'])).toEqual(['Asia/Calcutta', 'Asia/Kolkata', 'UTC']);
    expect(values('UTC', [])).toEqual(['UTC']);
  });

  it('lists the browser’s zones by default, once each', () => {
    const zones = values('Europe/Berlin');
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('UTC');
    expect(new Set(zones).size).toBe(zones.length);
  });
});
