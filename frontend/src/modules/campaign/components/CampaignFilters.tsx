import { CHANNEL_OPTIONS } from '@/modules/segment/utils/channelLabels';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
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
  const draft = useFilterDraft(values, EMPTY_CAMPAIGN_FILTERS, onApply, { labels: LABELS, fieldId });
  const { field } = draft;
  return (
    <FilterForm label="Filter campaigns" onSubmit={draft.apply} onClear={draft.clear}>
      <TextField {...field('search')} type="search" hint="Name, description or hashtag" />
      <SelectField {...field('status')} emptyLabel="Any status" options={CAMPAIGN_STATUS_OPTIONS} />
      <SelectField {...field('objective')} emptyLabel="Any objective" options={OBJECTIVE_OPTIONS} />
      <SelectField {...field('channel')} emptyLabel="Any channel" options={CHANNEL_OPTIONS} />
      <TextField {...field('activeOn')} type="date" />
    </FilterForm>
  );
}
