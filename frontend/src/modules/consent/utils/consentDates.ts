const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day of `date` in the reader's time zone, as YYYY-MM-DD. */
export const isoDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The calendar day `days` after `date`'s, as YYYY-MM-DD. */
export function dayAfter(date: Date, days: number): string {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return isoDay(next);
}

/** `date` as an <input type="datetime-local"> value, to the minute, in the reader's time zone. */
export const dateTimeInputValue = (date: Date) => `${isoDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** A datetime-local value (local time) as an ISO instant; undefined when it is not a date. */
export function instantOf(localDateTime: string): string | undefined {
  const date = new Date(localDateTime);
  return localDateTime && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}
