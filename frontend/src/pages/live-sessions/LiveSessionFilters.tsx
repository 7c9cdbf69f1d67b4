import type { LiveSessionStatus } from '@/generated/graphql';
import { LIVE_SESSION_STATUS_LABELS } from '@/modules/liveqa/utils/liveSessionLabels';
import { SelectField, type Option } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
import { EMPTY_LIVE_SESSION_FILTERS, type LiveSessionFilterValues } from './liveSessionListState';

const LABELS: Record<keyof LiveSessionFilterValues, string> = { search: 'Search', status: 'Status' };
const fieldId = (key: keyof LiveSessionFilterValues) => `filter-${key}`;
const STATUS_OPTIONS: Option<LiveSessionStatus>[] = (
  Object.keys(LIVE_SESSION_STATUS_LABELS) as LiveSessionStatus[]
).map((value) => ({ value, label: LIVE_SESSION_STATUS_LABELS[value] }));

interface Props {
  values: LiveSessionFilterValues;
  onApply: (values: LiveSessionFilterValues) => void;
}

/** Edits a draft; the list changes only on "Apply", so typing does not fire a query per key. */
export function LiveSessionFilters({ values, onApply }: Props) {
  const draft = useFilterDraft(values, EMPTY_LIVE_SESSION_FILTERS, onApply, { labels: LABELS, fieldId });
  const { field } = draft;
  return (
    <FilterForm label="Filter live sessions" onSubmit={draft.apply} onClear={draft.clear}>
      <TextField {...field('search')} type="search" hint="Title, description or host" />
      <SelectField {...field('status')} emptyLabel="Any status" options={STATUS_OPTIONS} />
    </FilterForm>
  );
}
