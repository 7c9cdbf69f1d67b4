// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateOfBirthFrom, mismatchMessage } from '../utils/dateOfBirthFields';

const TODAY = '2026-03-27';
const dob = (day: string, month: string, year: string) => dateOfBirthFrom({ day, month, year }, TODAY);

describe('dateOfBirthFrom', () => {
  it('makes an ISO date of day, month and year', () => {
    expect(dob('2', '4', '1980')).toEqual({ date: '1980-04-02' });
    expect(dob(' 29 ', '02', '2000')).toEqual({ date: '2000-02-29' });
  });

  it('says the one thing to fix', () => {
    expect(dob('', '', '')).toEqual({ problem: 'Enter your date of birth' });
    expect(dob('2', '', '1980')).toEqual({ problem: 'Enter the day, the month and the year' });
    expect(dob('2', 'April', '1980')).toEqual({ problem: 'Use numbers only, like 27 3 1980' });
    expect(dob('2', '4', '80')).toEqual({ problem: 'Enter the year with 4 numbers, like 1980' });
    expect(dob('31', '4', '1980')).toEqual({ problem: 'Enter a real date, like 27 3 1980' });
    expect(dob('29', '2', '2001')).toEqual({ problem: 'Enter a real date, like 27 3 1980' });
    expect(dob('28', '3', '2026')).toEqual({ problem: 'Your date of birth must be in the past' });
    expect(dob('1', '1', '1850')).toEqual({ problem: 'Enter a year after 1900' });
  });
});

describe('mismatchMessage', () => {
  it('counts the tries left', () => {
    expect(mismatchMessage(4)).toBe('That date of birth does not match. 4 tries left.');
    expect(mismatchMessage(1)).toBe('That date of birth does not match. 1 try left.');
  });
});
