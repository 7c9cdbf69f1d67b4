// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { campaignsThisWeek } from '../utils/campaignsThisWeek';

describe('campaignsThisWeek', () => {
  it('lists starts and ends from today to six days on, soonest first', () => {
    const today = new Date(2026, 11, 5);
    const milestones = campaignsThisWeek(
      [
        { id: 'a', name: 'Movember', startDate: '2026-11-01', endDate: '2026-12-06' },
        { id: 'b', name: 'Flu shots', startDate: '2026-12-11', endDate: null },
        { id: 'c', name: 'Later', startDate: '2026-12-12', endDate: '2026-12-31' },
        { id: 'd', name: 'Over', startDate: '2026-10-01', endDate: '2026-12-04' },
      ],
      today,
    );
    expect(milestones.map((m) => `${m.campaign.name} ${m.kind} ${m.date}`)).toEqual([
      'Movember ends 2026-12-06',
      'Flu shots starts 2026-12-11',
    ]);
  });
});
