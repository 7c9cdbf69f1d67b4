// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseIsoDate, weekdayIndex } from '../utils/calendarDates';
import { calendarRange, inPeriod, periodStart, shiftPeriod, switchAnchor } from '../utils/calendarRange';

const firstDays = (weeks: string[][]) => weeks.map((week) => week[0]);

describe('month view range', () => {
  it('shows whole weeks from the Monday on or before the 1st to the Sunday on or after the last day', () => {
    // 1 March 2026 is a Sunday: the grid borrows six days of February and five of April.
    const range = calendarRange('month', '2026-03-17');
    expect(range).toMatchObject({ start: '2026-03-01', from: '2026-02-23', to: '2026-04-05' });
    expect(firstDays(range.weeks)).toEqual([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(range.weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('needs only four weeks for a February that starts on a Monday', () => {
    const range = calendarRange('month', '2021-02-10');
    expect(range).toMatchObject({ from: '2021-02-01', to: '2021-02-28' });
    expect(range.weeks).toHaveLength(4);
  });

  it('counts the 29th of February in a leap year', () => {
    const range = calendarRange('month', '2024-02-01');
    expect(range.to).toBe('2024-03-03');
    expect(range.weeks.flat()).toContain('2024-02-29');
  });

  it('tells the month’s own days from those borrowed from its neighbours', () => {
    const range = calendarRange('month', '2026-03-01');
    expect(inPeriod(range, '2026-02-28')).toBe(false);
    expect(inPeriod(range, '2026-03-31')).toBe(true);
    expect(inPeriod(range, '2026-04-01')).toBe(false);
  });

  it('stays within the API’s 92 days', () => {
    const range = calendarRange('month', '2026-08-01');
    expect(range.weeks.flat().length).toBeLessThanOrEqual(92);
  });
});

describe('week view range', () => {
  it('starts the week on Monday, so a Sunday belongs to the week before it', () => {
    expect(calendarRange('week', '2026-03-04')).toMatchObject({
      start: '2026-03-02',
      from: '2026-03-02',
      to: '2026-03-08',
    });
    expect(calendarRange('week', '2026-03-08').start).toBe('2026-03-02');
    expect(calendarRange('week', '2026-03-09').start).toBe('2026-03-09');
  });

  it('crosses a month and a year boundary as one week', () => {
    const range = calendarRange('week', '2026-12-31');
    expect(range.weeks).toEqual([
      ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03'],
    ]);
  });

  it('keeps seven days across a daylight-saving change', () => {
    // The United States move their clocks on 8 March 2026, Europe on 29 March.
    expect(calendarRange('week', '2026-03-08').weeks[0]).toHaveLength(7);
    expect(calendarRange('week', '2026-03-29')).toMatchObject({ from: '2026-03-23', to: '2026-03-29' });
  });
});

describe('previous and next period', () => {
  it('moves a month from the 1st, so the 31st of January does not skip February', () => {
    expect(shiftPeriod('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(shiftPeriod('month', '2026-01-31', -1)).toBe('2025-12-01');
    expect(shiftPeriod('month', '2026-12-15', 1)).toBe('2027-01-01');
  });

  it('moves a week from its Monday', () => {
    expect(shiftPeriod('week', '2026-03-04', 1)).toBe('2026-03-09');
    expect(shiftPeriod('week', '2027-01-01', -1)).toBe('2026-12-21');
  });

  it('finds the period that holds a date', () => {
    expect(periodStart('month', '2026-03-31')).toBe('2026-03-01');
    expect(periodStart('week', '2026-03-01')).toBe('2026-02-23');
  });
});

describe('switching between month and week', () => {
  const today = '2026-07-15';

  it('opens the week holding today when today is in the month shown', () => {
    expect(periodStart('week', switchAnchor(calendarRange('month', '2026-07-01'), today))).toBe('2026-07-13');
  });

  it('opens the month’s first week that has its Thursday in the month otherwise', () => {
    // 1 March 2026 is a Sunday: that week belongs to February; 1 October 2026 is a Thursday.
    expect(periodStart('week', switchAnchor(calendarRange('month', '2026-03-01'), today))).toBe('2026-03-02');
    expect(periodStart('week', switchAnchor(calendarRange('month', '2026-10-01'), today))).toBe('2026-09-28');
  });

  it('comes back from a week to the month its Thursday is in', () => {
    expect(periodStart('month', switchAnchor(calendarRange('week', '2026-09-28'), today))).toBe('2026-10-01');
    expect(periodStart('month', switchAnchor(calendarRange('week', '2026-03-30'), today))).toBe('2026-04-01');
  });

  it('does not count a day the month borrows from its neighbour as in the month', () => {
    expect(switchAnchor(calendarRange('month', '2026-03-01'), '2026-02-25')).toBe('2026-03-05');
  });
});

describe('dates read from the address', () => {
  it('accepts real dates only', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate(' 2026-03-02 ')).toBe('2026-03-02');
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-3-2')).toBeNull();
    expect(parseIsoDate('today')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it('numbers the weekdays from Monday', () => {
    expect(weekdayIndex('2026-03-02')).toBe(0);
    expect(weekdayIndex('2026-03-08')).toBe(6);
  });
});
