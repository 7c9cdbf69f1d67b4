import { FORMAT_OPTIONS } from '@/modules/content/utils/contentLabels';
import { CHANNEL_OPTIONS } from '@/modules/segment/utils/channelLabels';
import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
import { SelectField, type Option } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { PERIOD_LABELS, type PeriodChoice } from '@/ui/utils/dayRange';
import {
  DEFAULT_ANALYTICS_FILTERS,
  validateAnalyticsFilters,
  type AnalyticsFilterValues,
} from '../utils/analyticsFilters';

const LABELS: Record<keyof AnalyticsFilterValues, string> = {
  period: 'Period',
  from: 'First day',
  to: 'Last day',
  interval: 'Points',
  channel: 'Channel',
  format: 'Format',
  campaign: 'Campaign',
  topic: 'Topic',
};
const fieldId = (key: keyof AnalyticsFilterValues) => `analytics-filter-${key}`;
const PERIOD_OPTIONS = (Object.keys(PERIOD_LABELS) as PeriodChoice[]).map((value) => ({
  value,
  label: PERIOD_LABELS[value],
}));

interface Props {
  values: AnalyticsFilterValues;
  onApply: (values: AnalyticsFilterValues) => void;
  campaigns: readonly Option[];
  /** The topics with figures in the period. */
  topics: readonly Option[];
}

/** The period (last 7, 30 or 90 days, or dates of one's choice), channel, format, campaign and topic, applied together. */
export function AnalyticsFilters({ values, onApply, campaigns, topics }: Props) {
  const draft = useFilterDraft(values, DEFAULT_ANALYTICS_FILTERS, onApply, {
    labels: LABELS,
    fieldId,
    validate: validateAnalyticsFilters,
  });
  const { field } = draft;
  const custom = draft.values.period === 'custom';
  return (
    <FilterForm label="Choose the period and what to count" onSubmit={draft.apply} onClear={draft.clear}>
      <SelectField
        {...field('period')}
        options={PERIOD_OPTIONS}
        onChange={(period) => draft.setValues({ ...draft.values, period: period || DEFAULT_ANALYTICS_FILTERS.period })}
      />
      {custom && <TextField {...field('from')} type="date" />}
      {custom && <TextField {...field('to')} type="date" hint="Two years at most." />}
      <SelectField {...field('channel')} emptyLabel="Every channel" options={CHANNEL_OPTIONS} />
      <SelectField
        {...field('format')}
        emptyLabel="Every post"
        options={FORMAT_OPTIONS}
        hint="CarePulse content of this format only."
      />
      <SelectField {...field('campaign')} emptyLabel="Any campaign" options={campaigns} />
      <SelectField {...field('topic')} emptyLabel="Any topic" options={topics} />
    </FilterForm>
  );
}
