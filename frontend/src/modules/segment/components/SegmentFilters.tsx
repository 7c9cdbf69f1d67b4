import { useState, type FormEvent } from 'react';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { CHANNEL_OPTIONS } from '../utils/channelLabels';
import { EMPTY_SEGMENT_FILTERS, type SegmentFilterValues } from '../utils/segmentFilters';

interface Props {
  values: SegmentFilterValues;
  onApply: (values: SegmentFilterValues) => void;
}

export function SegmentFilters({ values, onApply }: Props) {
  const [draft, setDraft] = useState(values);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(EMPTY_SEGMENT_FILTERS);
    onApply(EMPTY_SEGMENT_FILTERS);
  };
  return (
    <form className="filters" role="search" aria-label="Filter audience segments" onSubmit={submit}>
      <div className="filters__fields">
        <TextField
          id="filter-search"
          label="Search"
          type="search"
          hint="Name, description or health interest"
          value={draft.search}
          onChange={(search) => setDraft({ ...draft, search })}
        />
        <SelectField
          id="filter-channel"
          label="Preferred channel"
          emptyLabel="Any channel"
          options={CHANNEL_OPTIONS}
          value={draft.channel}
          onChange={(channel) => setDraft({ ...draft, channel })}
        />
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
