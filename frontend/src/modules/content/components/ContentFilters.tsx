import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
import { SelectField, type Option } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { EMPTY_CONTENT_FILTERS, type ContentFilterValues } from '../utils/contentFilters';
import { CONTENT_STATUS_OPTIONS, FORMAT_OPTIONS } from '../utils/contentLabels';

const LABELS: Record<keyof ContentFilterValues, string> = {
  search: 'Search',
  status: 'Status',
  format: 'Format',
  campaignId: 'Campaign',
  topic: 'Topic',
};
const fieldId = (key: keyof ContentFilterValues) => `content-filter-${key}`;

interface Props {
  values: ContentFilterValues;
  onApply: (values: ContentFilterValues) => void;
  campaigns: readonly Option[];
  topics: readonly string[];
}

/** Edits a draft; the list changes only on "Apply", so typing does not fire a query per key. */
export function ContentFilters({ values, onApply, campaigns, topics }: Props) {
  const draft = useFilterDraft(values, EMPTY_CONTENT_FILTERS, onApply, { labels: LABELS, fieldId });
  const { field } = draft;
  return (
    <FilterForm label="Filter content" onSubmit={draft.apply} onClear={draft.clear}>
      <TextField {...field('search')} type="search" hint="Title or body" autoComplete="off" />
      <SelectField {...field('format')} emptyLabel="Any format" options={FORMAT_OPTIONS} />
      <SelectField {...field('campaignId')} emptyLabel="Any campaign" options={campaigns} />
      <SelectField
        {...field('topic')}
        emptyLabel="Any topic"
        options={topics.map((topic) => ({ value: topic, label: topic }))}
      />
      <CheckboxGroup {...field('status')} options={CONTENT_STATUS_OPTIONS} />
    </FilterForm>
  );
}
