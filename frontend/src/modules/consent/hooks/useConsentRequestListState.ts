import type { ConsentRequestStatus } from '@/generated/graphql';
import { useListState } from '@/ui/hooks/useListState';
import { isConsentRequestStatus } from '../utils/consentRequestLabels';

export interface ConsentRequestFilterValues {
  status: ConsentRequestStatus[];
}

export const EMPTY_CONSENT_REQUEST_FILTERS: ConsentRequestFilterValues = { status: [] };

/** `status` may repeat; a hand-edited value the API does not know is dropped. */
export const readConsentRequestFilters = (params: URLSearchParams): ConsentRequestFilterValues => ({
  status: [...new Set(params.getAll('status').filter(isConsentRequestStatus))],
});

export function writeConsentRequestFilters(values: ConsentRequestFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of values.status) params.append('status', status);
  return params;
}

/** The requests come newest first, the API's one order: only the filter and the page are kept in the address. */
export function useConsentRequestListState() {
  return useListState({
    readFilters: readConsentRequestFilters,
    writeFilters: writeConsentRequestFilters,
    sortFields: [] as const,
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
  });
}
