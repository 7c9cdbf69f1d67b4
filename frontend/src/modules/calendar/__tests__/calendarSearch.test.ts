// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readCalendarSearch, toCalendarFilter, writeCalendarSearch } from '../utils/calendarSearch';

describe('calendar address', () => {
  it('reads the view, the date and the filters', () => {
    const search = readCalendarSearch(
      new URLSearchParams('view=week&date=2026-03-04&campaignId=c1&format=VIDEO&status=PUBLISHED'),
    );
    expect(search).toEqual({
      view: 'week',
      date: '2026-03-04',
      filters: { campaignId: 'c1', format: 'VIDEO', status: ['PUBLISHED'] },
    });
  });

  it('shows this month when the address is empty or broken', () => {
    expect(readCalendarSearch(new URLSearchParams('view=year&date=2026-13-01&format=NOPE&status=DRAFT'))).toEqual({
      view: 'month',
      date: null,
      filters: { campaignId: '', format: '', status: [] },
    });
  });

  it('drops the cadence target an older link kept, as targets now come from the settings', () => {
    const search = readCalendarSearch(new URLSearchParams('date=2026-03-01&target=3'));
    expect(search).toEqual({ view: 'month', date: '2026-03-01', filters: { campaignId: '', format: '', status: [] } });
    expect(writeCalendarSearch(search).toString()).toBe('date=2026-03-01');
  });

  it('writes only what differs from the defaults and reads it back the same', () => {
    const search = {
      view: 'month' as const,
      date: '2026-03-01',
      filters: { campaignId: '', format: '' as const, status: ['SCHEDULED' as const, 'RETRACTED' as const] },
    };
    const params = writeCalendarSearch(search);
    expect(params.toString()).toBe('date=2026-03-01&status=SCHEDULED&status=RETRACTED');
    expect(readCalendarSearch(params)).toEqual(search);
  });

  it('asks the API for what is chosen only', () => {
    expect(toCalendarFilter({ campaignId: '', format: '', status: [] })).toBeUndefined();
    expect(toCalendarFilter({ campaignId: 'c1', format: 'POLL', status: ['PUBLISHED'] })).toEqual({
      campaignId: 'c1',
      format: 'POLL',
      status: ['PUBLISHED'],
    });
  });
});
