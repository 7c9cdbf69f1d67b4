import { CONTENT_STATUS_LABELS, FORMAT_OPTIONS } from '@/modules/content/utils/contentLabels';
import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
import { SelectField, type Option } from '@/ui/form/SelectField';
import { CALENDAR_STATUSES, EMPTY_CALENDAR_FILTERS, type CalendarFilterValues } from '../utils/calendarSearch';

const LABELS: Record<keyof CalendarFilterValues, string> = {
  campaignId: 'Campaign',
  format: 'Format',
  status: 'Status',
};
const fieldId = (key: keyof CalendarFilterValues) => `calendar-filter-${key}`;
const STATUS_OPTIONS = CALENDAR_STATUSES.map((status) => ({ value: status, label: CONTENT_STATUS_LABELS[status] }));

interface Props {
  values: CalendarFilterValues;
  onApply: (values: CalendarFilterValues) => void;
  campaigns: readonly Option[];
}

/** Narrows the calendar to a campaign, a format and statuses; applied with "Apply filters". */
export function CalendarFilters({ values, onApply, campaigns }: Props) {
  const draft = useFilterDraft(values, EMPTY_CALENDAR_FILTERS, onApply, { labels: LABELS, fieldId });
  const { field } = draft;
  return (
    <FilterForm label="Filter the calendar" onSubmit={draft.apply} onClear={draft.clear}>
      <SelectField {...field('campaignId')} emptyLabel="Any campaign" options={campaigns} />
      <SelectField {...field('format')} emptyLabel="Any format" options={FORMAT_OPTIONS} />
      <CheckboxGroup {...field('status')} options={STATUS_OPTIONS} hint="None ticked: every post." />
    </FilterForm>
  );
}
