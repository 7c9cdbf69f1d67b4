/** The date of birth as three boxes take it (day, month, year: what people know by heart). */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE_PARTS: DateParts = { day: '', month: '', year: '' };

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The three boxes as an ISO date (YYYY-MM-DD), or the one thing to fix, said plainly. A date
 * after `today` (YYYY-MM-DD) or before 1900 is not a date of birth.
 */
export function dateOfBirthFrom(parts: DateParts, today: string): { date: string } | { problem: string } {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => part.trim());
  if (!day && !month && !year) return { problem: 'Enter your date of birth' };
  if (!day || !month || !year) return { problem: 'Enter the day, the month and the year' };
  if (![day, month, year].every((part) => /^\d+$/.test(part))) return { problem: 'Use numbers only, like 27 3 1980' };
  if (year.length !== 4) return { problem: 'Enter the year with 4 numbers, like 1980' };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1)
    return { problem: 'Enter a real date, like 27 3 1980' };
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  if (iso > today) return { problem: 'Your date of birth must be in the past' };
  if (y < 1900) return { problem: 'Enter a year after 1900' };
  return { date: iso };
}

/** "That date of birth does not match. 3 tries left." */
export function mismatchMessage(attemptsLeft: number): string {
  return `That date of birth does not match. ${attemptsLeft} ${attemptsLeft === 1 ? 'try' : 'tries'} left.`;
}
