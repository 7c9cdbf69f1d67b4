/**
 * Calendar dates as the API's Date scalar writes them (YYYY-MM-DD). The arithmetic runs on UTC
 * midnights, where every day has 24 hours, so no time zone or daylight-saving change moves a day.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The date if `value` is a real one ("2026-02-30" is not), else null: for dates read from an address. */
export function parseIsoDate(value: string | null | undefined): string | null {
  const match = ISO_DATE.exec(value?.trim() ?? '');
  if (!match) return null;
  const time = toTime(match[0]);
  return Number.isNaN(time) || fromTime(time) !== match[0] ? null : match[0];
}

export const addDays = (date: string, days: number) => fromTime(toTime(date) + days * DAY_MS);

/** Whole days from one date to another (negative when `to` comes first). */
export const daysBetween = (from: string, to: string) => Math.round((toTime(to) - toTime(from)) / DAY_MS);

/** 0 for Monday to 6 for Sunday: the organisation's weeks start on Monday, as the API counts them. */
export const weekdayIndex = (date: string) => (new Date(toTime(date)).getUTCDay() + 6) % 7;

/** The Monday of the week the date is in. */
export const startOfWeek = (date: string) => addDays(date, -weekdayIndex(date));

export const startOfMonth = (date: string) => `${date.slice(0, 7)}-01`;

/** The first day of the month `months` after the date's month (before it when negative). */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  return fromTime(Date.UTC(year, month, 1));
}

/** The last day of the date's month. */
export const endOfMonth = (date: string) => addDays(addMonths(date, 1), -1);

/** `count` consecutive dates from `from`. */
export const datesFrom = (from: string, count: number) => Array.from({ length: count }, (_, i) => addDays(from, i));
