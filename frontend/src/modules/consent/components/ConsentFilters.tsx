import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { EMPTY_CONSENT_FILTERS, type ConsentFilterValues } from '../utils/consentFilters';
import {
  CATEGORY_OPTIONS,
  CONSENT_CHANNEL_OPTIONS,
  CONSENT_STATUS_OPTIONS,
  PURPOSE_OPTIONS,
} from '../utils/consentLabels';

const LABELS: Record<keyof ConsentFilterValues, string> = {
  search: 'Search',
  status: 'Status',
  channel: 'Channel',
  purpose: 'Purpose',
  category: 'Information',
  expiringBefore: 'Expiring on or before',
};
const fieldId = (key: keyof ConsentFilterValues) => `consent-filter-${key}`;

export const SEARCH_HINT =
  'Number, label, or for compliance staff a patient’s full name and date of birth, e.g. Jane Doe 1980-04-02';

interface Props {
  values: ConsentFilterValues;
  onApply: (values: ConsentFilterValues) => void;
}

/** Edits a draft; the list changes only on "Apply", so typing does not fire a query per key. */
export function ConsentFilters({ values, onApply }: Props) {
  const draft = useFilterDraft(values, EMPTY_CONSENT_FILTERS, onApply, { labels: LABELS, fieldId });
  const { field } = draft;
  return (
    <FilterForm label="Filter consents" onSubmit={draft.apply} onClear={draft.clear}>
      <TextField {...field('search')} type="search" hint={SEARCH_HINT} autoComplete="off" />
      <CheckboxGroup {...field('status')} options={CONSENT_STATUS_OPTIONS} />
      <SelectField {...field('channel')} emptyLabel="Any channel" options={CONSENT_CHANNEL_OPTIONS} />
      <SelectField {...field('purpose')} emptyLabel="Any purpose" options={PURPOSE_OPTIONS} />
      <SelectField {...field('category')} emptyLabel="Any information" options={CATEGORY_OPTIONS} />
      <TextField {...field('expiringBefore')} type="date" />
    </FilterForm>
  );
}
