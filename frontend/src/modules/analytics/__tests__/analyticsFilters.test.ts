// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  engagementFilterOf,
  intervalFor,
  readAnalyticsFilters,
  validateAnalyticsFilters,
  writeAnalyticsFilters,
} from '../utils/analyticsFilters';

describe('the analytics filters in the address', () => {
  it('read what was written, and only what differs from the defaults is written', () => {
    const values = {
      period: 'custom',
      from: '2026-10-01',
      to: '2026-10-31',
      interval: 'WEEK',
      channel: 'X',
      format: 'EVENT',
      campaign: 'Q2FtcGFpZ246MQ==',
      topic: 'flu season',
    } as const;
    const params = writeAnalyticsFilters(values);
    expect(params.toString()).toBe(
      'period=custom&from=2026-10-01&to=2026-10-31&interval=WEEK&channel=X&format=EVENT&campaign=Q2FtcGFpZ246MQ%3D%3D&topic=flu+season',
    );
    expect(readAnalyticsFilters(params)).toEqual(values);
    expect(writeAnalyticsFilters(readAnalyticsFilters(new URLSearchParams())).toString()).toBe('');
  });

  it('ignore what a hand-edited address broke', () => {
    expect(
      readAnalyticsFilters(
        new URLSearchParams('period=custom&from=yesterday&interval=YEAR&channel=MYSPACE&format=MEME'),
      ),
    ).toEqual({ period: '30d', from: '', to: '', interval: 'DAY', channel: '', format: '', campaign: '', topic: '' });
  });

  it('refuse a custom period over two years or ending before it starts', () => {
    const base = { period: 'custom', interval: 'DAY', channel: '', format: '', campaign: '', topic: '' } as const;
    expect(validateAnalyticsFilters({ ...base, from: '2024-01-01', to: '2026-01-02' })).toEqual({
      to: 'Choose two years or less',
    });
    expect(validateAnalyticsFilters({ ...base, from: '2026-02-01', to: '2026-01-01' })).toEqual({
      to: 'The last day must be on or after the first',
    });
    expect(validateAnalyticsFilters({ ...base, from: '2025-01-01', to: '2026-01-01' })).toEqual({});
  });

  it('show hours for a month at most, and ask for the chosen channel, format, campaign and topic only', () => {
    expect(intervalFor({ from: '2026-10-01', to: '2026-10-31' }, 'HOUR')).toBe('HOUR');
    expect(intervalFor({ from: '2026-10-01', to: '2026-11-01' }, 'HOUR')).toBe('DAY');
    expect(intervalFor({ from: '2026-10-01', to: '2026-12-01' }, 'WEEK')).toBe('WEEK');
    const range = { from: '2026-10-01', to: '2026-10-31' };
    expect(
      engagementFilterOf(range, {
        channel: 'LINKEDIN',
        format: 'HEALTH_TIP',
        campaign: 'Q2FtcGFpZ246MQ==',
        topic: 'flu season',
      }),
    ).toEqual({
      from: new Date('2026-10-01T00:00:00').toISOString(),
      to: new Date('2026-11-01T00:00:00').toISOString(),
      channels: ['LINKEDIN'],
      format: 'HEALTH_TIP',
      campaignId: 'Q2FtcGFpZ246MQ==',
      topic: 'flu season',
    });
    expect(engagementFilterOf(range, { channel: '', format: '', campaign: '', topic: '' })).toMatchObject({
      channels: null,
      format: null,
      campaignId: null,
      topic: null,
    });
  });
});
