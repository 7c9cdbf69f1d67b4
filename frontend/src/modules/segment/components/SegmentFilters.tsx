import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
import { CHANNEL_OPTIONS } from '../utils/channelLabels';
import { EMPTY_SEGMENT_FILTERS, type SegmentFilterValues } from '../utils/segmentFilters';

const LABELS: Record<keyof SegmentFilterValues, string> = { search: 'Search', channel: 'Preferred channel' };
const fieldId = (key: keyof SegmentFilterValues) => `filter-${key}`;

interface Props {
  values: SegmentFilterValues;
  onApply: (values: SegmentFilterValues) => void;
}

export function SegmentFilters({ values, onApply }: Props) {
  const draft = useFilterDraft(values, EMPTY_SEGMENT_FILTERS, onApply, { labels: LABELS, fieldId });
  const { field } = draft;
  return (
    <FilterForm label="Filter audience segments" onSubmit={draft.apply} onClear={draft.clear}>
      <TextField {...field('search')} type="search" hint="Name, description or health interest" />
      <SelectField {...field('channel')} emptyLabel="Any channel" options={CHANNEL_OPTIONS} />
    </FilterForm>
  );
}
