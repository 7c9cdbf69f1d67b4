import type { FormEvent } from 'react';
import { CHANNEL_OPTIONS } from '@/modules/segment/utils/channelLabels';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { useFormFields } from '@/ui/form/useFormFields';
import { CAMPAIGN_STATUS_OPTIONS, OBJECTIVE_OPTIONS } from '../utils/campaignLabels';
import { EMPTY_CAMPAIGN_FILTERS, type CampaignFilterValues } from '../utils/campaignFilters';

const LABELS: Record<keyof CampaignFilterValues, string> = {
  search: 'Search',
  status: 'Status',
  objective: 'Objective',
  channel: 'Channel',
  activeOn: 'Active on',
};
const fieldId = (key: keyof CampaignFilterValues) => `filter-${key}`;

interface Props {
  values: CampaignFilterValues;
  onApply: (values: CampaignFilterValues) => void;
}

/** Edits a draft; the list changes only on "Apply", so typing does not fire a query per key. */
export function CampaignFilters({ values, onApply }: Props) {
  const draft = useFormFields(values, { labels: LABELS, fieldId });
  const { field } = draft;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft.values);
  };
  const clear = () => {
    draft.setValues(EMPTY_CAMPAIGN_FILTERS);
    onApply(EMPTY_CAMPAIGN_FILTERS);
  };

  return (
    <form className="filters" role="search" aria-label="Filter campaigns" onSubmit={submit}>
      <div className="filters__fields">
        <TextField {...field('search')} type="search" hint="Name, description or hashtag" />
        <SelectField {...field('status')} emptyLabel="Any status" options={CAMPAIGN_STATUS_OPTIONS} />
        <SelectField {...field('objective')} emptyLabel="Any objective" options={OBJECTIVE_OPTIONS} />
        <SelectField {...field('channel')} emptyLabel="Any channel" options={CHANNEL_OPTIONS} />
        <TextField {...field('activeOn')} type="date" />
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
