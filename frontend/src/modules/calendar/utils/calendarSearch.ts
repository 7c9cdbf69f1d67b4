import type { ContentFilter, ContentFormat, ContentStatus } from '@/generated/graphql';
import { isContentFormat } from '@/modules/content/utils/contentLabels';
import { parseIsoDate } from './calendarDates';
import { CALENDAR_VIEWS, type CalendarView } from './calendarRange';

/** The statuses a post on the calendar can have: scheduled, published, or published and then retracted. */
export const CALENDAR_STATUSES = ['SCHEDULED', 'PUBLISHED', 'RETRACTED'] as const satisfies readonly ContentStatus[];
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];

const isCalendarStatus = (value: string): value is CalendarStatus =>
  (CALENDAR_STATUSES as readonly string[]).includes(value);

export interface CalendarFilterValues {
  campaignId: string;
  format: ContentFormat | '';
  status: CalendarStatus[];
}

export const EMPTY_CALENDAR_FILTERS: CalendarFilterValues = { campaignId: '', format: '', status: [] };

/** Everything the calendar shows, kept in the address so a link opens the same view. */
export interface CalendarSearch {
  view: CalendarView;
  /** A day of the period shown; none for the period holding today. */
  date: string | null;
  filters: CalendarFilterValues;
}

/** Reads the address, ignoring what a hand-edited one broke (an unknown view is the month). */
export function readCalendarSearch(params: URLSearchParams): CalendarSearch {
  const view = params.get('view');
  const format = params.get('format');
  return {
    view: CALENDAR_VIEWS.find((known) => known === view) ?? 'month',
    date: parseIsoDate(params.get('date')),
    filters: {
      campaignId: params.get('campaignId')?.trim() ?? '',
      format: isContentFormat(format) ? format : '',
      status: [...new Set(params.getAll('status').filter(isCalendarStatus))],
    },
  };
}

/** Only what differs from the defaults, so shared links stay short. */
export function writeCalendarSearch(search: CalendarSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.view !== 'month') params.set('view', search.view);
  if (search.date) params.set('date', search.date);
  if (search.filters.campaignId) params.set('campaignId', search.filters.campaignId);
  if (search.filters.format) params.set('format', search.filters.format);
  for (const status of search.filters.status) params.append('status', status);
  return params;
}

/** The filter as contentCalendar takes it; undefined when nothing is chosen. */
export function toCalendarFilter(filters: CalendarFilterValues): ContentFilter | undefined {
  const filter: ContentFilter = {};
  if (filters.campaignId) filter.campaignId = filters.campaignId;
  if (filters.format) filter.format = filters.format;
  if (filters.status.length > 0) filter.status = filters.status;
  return Object.keys(filter).length > 0 ? filter : undefined;
}
