import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { EMPTY_SURVEY_FILTERS, type SurveyFilterValues } from '../utils/surveyFilters';
import { KIND_OPTIONS, STATUS_OPTIONS } from '../utils/surveyLabels';

const LABELS: Record<keyof SurveyFilterValues, string> = { search: 'Search', status: 'Status', kind: 'Kind' };
const fieldId = (key: keyof SurveyFilterValues) => `survey-filter-${key}`;

/** Edits a draft; the list changes only on "Apply filters", so typing does not fire a query per key. */
export function SurveyFilters({
  values,
  onApply,
}: {
  values: SurveyFilterValues;
  onApply: (values: SurveyFilterValues) => void;
}) {
  const { field, apply, clear } = useFilterDraft(values, EMPTY_SURVEY_FILTERS, onApply, { labels: LABELS, fieldId });
  return (
    <FilterForm label="Filter surveys" onSubmit={apply} onClear={clear}>
      <TextField {...field('search')} type="search" hint="Words in the title" />
      <SelectField {...field('status')} emptyLabel="Any status" options={STATUS_OPTIONS} />
      <SelectField {...field('kind')} emptyLabel="Surveys and quizzes" options={KIND_OPTIONS} />
    </FilterForm>
  );
}
