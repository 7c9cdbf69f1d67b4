import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
import { EMPTY_CONSENT_REQUEST_FILTERS, type ConsentRequestFilterValues } from '../hooks/useConsentRequestListState';
import { CONSENT_REQUEST_STATUS_OPTIONS } from '../utils/consentRequestLabels';

const LABELS: Record<keyof ConsentRequestFilterValues, string> = { status: 'Status' };
const fieldId = (key: keyof ConsentRequestFilterValues) => `consent-request-filter-${key}`;

interface Props {
  values: ConsentRequestFilterValues;
  onApply: (values: ConsentRequestFilterValues) => void;
}

export function ConsentRequestFilters({ values, onApply }: Props) {
  const draft = useFilterDraft(values, EMPTY_CONSENT_REQUEST_FILTERS, onApply, { labels: LABELS, fieldId });
  return (
    <FilterForm label="Filter signing requests" onSubmit={draft.apply} onClear={draft.clear}>
      <CheckboxGroup {...draft.field('status')} options={CONSENT_REQUEST_STATUS_OPTIONS} />
    </FilterForm>
  );
}
