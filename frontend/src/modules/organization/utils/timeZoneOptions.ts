import type { Option } from '@/ui/form/SelectField';

export const DEFAULT_TIME_ZONE = 'UTC';

/** The IANA zones this browser knows; older browsers without Intl.supportedValuesOf get none. */
function supportedTimeZones(): string[] {
  try {
    return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  } catch {
    return [];
  }
}

/** "America/Los_Angeles" → "America/Los Angeles". */
export const timeZoneLabel = (zone: string) => zone.replaceAll('_', ' ');

/**
 * The time zones to choose from, alphabetically: the browser's list, plus UTC (which some
 * browsers leave out) and the organisation's current zone, so that showing the form never
 * changes the setting.
 */
export function timeZoneOptions(current: string, zones: readonly string[] = supportedTimeZones()): Option[] {
  const all = new Set([...zones, DEFAULT_TIME_ZONE]);
  if (current) all.add(current);
  return [...all].sort((a, b) => a.localeCompare(b)).map((zone) => ({ value: zone, label: timeZoneLabel(zone) }));
}
