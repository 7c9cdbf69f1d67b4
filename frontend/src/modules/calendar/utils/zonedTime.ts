/**
 * Instants as the organisation lives them: the API's days and weeks are the organisation's (its
 * time zone, from the settings), so a post at 23:30 in Los Angeles belongs to that day wherever
 * the reader's browser is.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  locale: string | undefined,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
) {
  let format = cache.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      // A zone this browser does not know: its own zone is the best it can do.
      format = new Intl.DateTimeFormat(locale, options);
    }
    cache.set(timeZone, format);
  }
  return format;
}

/** The organisation's calendar date (YYYY-MM-DD) at an instant. */
export function dateInZone(instant: string | Date, timeZone: string): string {
  // Numbers only, read by part: the locale does not change them.
  const format = cached(dayFormats, 'en-US', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today in the organisation's time zone. */
export const todayInZone = (timeZone: string, now: Date = new Date()) => dateInZone(now, timeZone);

/** The time of day at an instant, in the organisation's time zone and the reader's language ("9:30 AM"). */
export const timeInZone = (instant: string, timeZone: string) =>
  cached(timeFormats, undefined, timeZone, { timeStyle: 'short' }).format(new Date(instant));
