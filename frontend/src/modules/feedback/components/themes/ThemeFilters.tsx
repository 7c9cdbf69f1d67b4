import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { SOURCE_OPTIONS } from '../../utils/feedbackLabels';
import {
  DEFAULT_THEME_FILTERS,
  PERIOD_LABELS,
  validateThemeFilters,
  type PeriodChoice,
  type ThemeFilterValues,
} from '../../utils/themePeriod';

const LABELS: Record<keyof ThemeFilterValues, string> = {
  period: 'Period',
  from: 'First day',
  to: 'Last day',
  source: 'Source',
};
const fieldId = (key: keyof ThemeFilterValues) => `themes-filter-${key}`;
const PERIOD_OPTIONS = (Object.keys(PERIOD_LABELS) as PeriodChoice[]).map((value) => ({
  value,
  label: PERIOD_LABELS[value],
}));

interface Props {
  values: ThemeFilterValues;
  onApply: (values: ThemeFilterValues) => void;
}

/** The period (last 7, 30 or 90 days, or dates of one's choice) and the source, applied together. */
export function ThemeFilters({ values, onApply }: Props) {
  const draft = useFilterDraft(values, DEFAULT_THEME_FILTERS, onApply, {
    labels: LABELS,
    fieldId,
    validate: validateThemeFilters,
  });
  const { field } = draft;
  const custom = draft.values.period === 'custom';
  return (
    <FilterForm label="Choose the period and source" onSubmit={draft.apply} onClear={draft.clear}>
      <SelectField
        {...field('period')}
        options={PERIOD_OPTIONS}
        onChange={(period) => draft.setValues({ ...draft.values, period: period || DEFAULT_THEME_FILTERS.period })}
      />
      {custom && <TextField {...field('from')} type="date" />}
      {custom && <TextField {...field('to')} type="date" hint="A year at most." />}
      <SelectField {...field('source')} emptyLabel="Every source" options={SOURCE_OPTIONS} />
    </FilterForm>
  );
}
