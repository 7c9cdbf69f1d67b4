import type { FormEvent } from 'react';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { useFormFields } from '@/ui/form/useFormFields';
import { CHANNEL_OPTIONS } from '../utils/channelLabels';
import { EMPTY_SEGMENT_FILTERS, type SegmentFilterValues } from '../utils/segmentFilters';

const LABELS: Record<keyof SegmentFilterValues, string> = { search: 'Search', channel: 'Preferred channel' };
const fieldId = (key: keyof SegmentFilterValues) => `filter-${key}`;

interface Props {
  values: SegmentFilterValues;
  onApply: (values: SegmentFilterValues) => void;
}

export function SegmentFilters({ values, onApply }: Props) {
  const draft = useFormFields(values, { labels: LABELS, fieldId });
  const { field } = draft;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft.values);
  };
  const clear = () => {
    draft.setValues(EMPTY_SEGMENT_FILTERS);
    onApply(EMPTY_SEGMENT_FILTERS);
  };
  return (
    <form className="filters" role="search" aria-label="Filter audience segments" onSubmit={submit}>
      <div className="filters__fields">
        <TextField {...field('search')} type="search" hint="Name, description or health interest" />
        <SelectField {...field('channel')} emptyLabel="Any channel" options={CHANNEL_OPTIONS} />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button type="button" className="button button--quiet" onClick={clear}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
