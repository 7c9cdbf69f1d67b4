import { useState } from 'react';
import type { ConsentOrderField } from '@/generated/graphql';
import { useListState, type Sort } from '@/ui/hooks/useListState';
import {
  isPatientSearch,
  readConsentFilters,
  writeConsentFilters,
  type ConsentFilterValues,
} from '../utils/consentFilters';

export const CONSENT_ORDER_FIELDS: readonly ConsentOrderField[] = ['NUMBER', 'CREATED_AT', 'EXPIRES_ON'];
/** The API's default order: newest first. */
export const DEFAULT_CONSENT_SORT: Sort<ConsentOrderField> = { field: 'CREATED_AT', direction: 'DESC' };

/**
 * The consent list's filters, order and page, kept in the query string, but for a search by a
 * patient's name and date of birth: that is held by the page only, because an address ends up in
 * the browser's history and in the web server's access log on a reload. Paging and sorting keep it.
 */
export function useConsentListState() {
  const list = useListState({
    readFilters: readConsentFilters,
    writeFilters: writeConsentFilters,
    sortFields: CONSENT_ORDER_FIELDS,
    defaultSort: DEFAULT_CONSENT_SORT,
  });
  const [patientSearch, setPatientSearch] = useState('');
  const filters: ConsentFilterValues = patientSearch ? { ...list.filters, search: patientSearch } : list.filters;
  const applyFilters = (values: ConsentFilterValues) => {
    const privateSearch = isPatientSearch(values.search) ? values.search.trim() : '';
    setPatientSearch(privateSearch);
    list.applyFilters(privateSearch ? { ...values, search: '' } : values);
  };
  return { ...list, filters, applyFilters };
}
