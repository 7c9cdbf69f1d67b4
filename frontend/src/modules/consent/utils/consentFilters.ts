import type {
  ConsentCategory,
  ConsentChannel,
  ConsentFilter,
  ConsentPurposeKind,
  ConsentStatus,
} from '@/generated/graphql';
import { dayAfter } from './consentDates';
import { isConsentCategory, isConsentChannel, isConsentStatus, isPurposeKind } from './consentLabels';

export interface ConsentFilterValues {
  status: ConsentStatus[];
  channel: ConsentChannel | '';
  purpose: ConsentPurposeKind | '';
  category: ConsentCategory | '';
  expiringBefore: string;
  search: string;
}

export const EMPTY_CONSENT_FILTERS: ConsentFilterValues = {
  status: [],
  channel: '',
  purpose: '',
  category: '',
  expiringBefore: '',
  search: '',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <V extends string>(value: string | null, is: (v: string | null) => v is V): V | '' =>
  is(value) ? value : '';

/** Reads filters from the query string (`status` may repeat), ignoring what a hand-edited URL broke. */
export function readConsentFilters(params: URLSearchParams): ConsentFilterValues {
  const expiringBefore = params.get('expiringBefore') ?? '';
  return {
    status: [...new Set(params.getAll('status').filter(isConsentStatus))],
    channel: oneOf(params.get('channel'), isConsentChannel),
    purpose: oneOf(params.get('purpose'), isPurposeKind),
    category: oneOf(params.get('category'), isConsentCategory),
    expiringBefore: ISO_DATE.test(expiringBefore) ? expiringBefore : '',
    search: params.get('search')?.trim() ?? '',
  };
}

/** Only the filters that are set, so shared links stay short. */
export function writeConsentFilters(values: ConsentFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of values.status) params.append('status', status);
  for (const key of ['channel', 'purpose', 'category', 'expiringBefore', 'search'] as const) {
    const value = values[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function toConsentFilter(values: ConsentFilterValues): ConsentFilter | undefined {
  const filter: ConsentFilter = {};
  if (values.status.length > 0) filter.status = values.status;
  if (values.channel) filter.channel = values.channel;
  if (values.purpose) filter.purpose = values.purpose;
  if (values.category) filter.category = values.category;
  if (values.expiringBefore) filter.expiringBefore = values.expiringBefore;
  if (values.search) filter.search = values.search;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** A search by a patient's name and date of birth ("Jane Doe 1980-04-02"), not by a consent's number or label. */
export const isPatientSearch = (search: string) => /\b\d{4}-\d{2}-\d{2}\b/.test(search) && /\p{L}{2}/u.test(search);

/** The list's query string for active consents that end within `days` days of `today`, soonest first. */
export function expiringSoonSearch(today: Date, days = 30): string {
  const params = writeConsentFilters({
    ...EMPTY_CONSENT_FILTERS,
    status: ['ACTIVE'],
    expiringBefore: dayAfter(today, days),
  });
  params.set('sort', 'EXPIRES_ON');
  return `?${params.toString()}`;
}
