import { useState, type FormEvent } from 'react';
import { CHANNEL_OPTIONS } from '@/modules/segment/utils/channelLabels';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { CAMPAIGN_STATUS_OPTIONS, OBJECTIVE_OPTIONS } from '../utils/campaignLabels';
import { EMPTY_CAMPAIGN_FILTERS, type CampaignFilterValues } from '../utils/campaignFilters';

interface Props {
  values: CampaignFilterValues;
  onApply: (values: CampaignFilterValues) => void;
}

/** Edits a draft; the list changes only on "Apply", so typing does not fire a query per key. */
export function CampaignFilters({ values, onApply }: Props) {
  const [draft, setDraft] = useState(values);
  const set =
    <K extends keyof CampaignFilterValues>(key: K) =>
    (value: CampaignFilterValues[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(EMPTY_CAMPAIGN_FILTERS);
    onApply(EMPTY_CAMPAIGN_FILTERS);
  };

  return (
    <form className="filters" role="search" aria-label="Filter campaigns" onSubmit={submit}>
      <div className="filters__fields">
        <TextField
          id="filter-search"
          label="Search"
          type="search"
          hint="Name, description or hashtag"
          value={draft.search}
          onChange={set('search')}
        />
        <SelectField
          id="filter-status"
          label="Status"
          emptyLabel="Any status"
          options={CAMPAIGN_STATUS_OPTIONS}
          value={draft.status}
          onChange={set('status')}
        />
        <SelectField
          id="filter-objective"
          label="Objective"
          emptyLabel="Any objective"
          options={OBJECTIVE_OPTIONS}
          value={draft.objective}
          onChange={set('objective')}
        />
        <SelectField
          id="filter-channel"
          label="Channel"
          emptyLabel="Any channel"
          options={CHANNEL_OPTIONS}
          value={draft.channel}
          onChange={set('channel')}
        />
        <TextField
          id="filter-active-on"
          label="Active on"
          type="date"
          value={draft.activeOn}
          onChange={set('activeOn')}
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
