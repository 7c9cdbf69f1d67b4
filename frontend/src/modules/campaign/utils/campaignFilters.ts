import type { CampaignFilter, CampaignObjective, CampaignStatus, Channel } from '@/generated/graphql';
import { isChannel } from '@/modules/segment/utils/channelLabels';
import { isCampaignStatus, isObjective } from './campaignLabels';

export interface CampaignFilterValues {
  status: CampaignStatus | '';
  objective: CampaignObjective | '';
  channel: Channel | '';
  search: string;
  activeOn: string;
}

export const EMPTY_CAMPAIGN_FILTERS: CampaignFilterValues = {
  status: '',
  objective: '',
  channel: '',
  search: '',
  activeOn: '',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads filters from the query string, ignoring values a hand-edited URL may have broken. */
export function readCampaignFilters(params: URLSearchParams): CampaignFilterValues {
  const status = params.get('status');
  const objective = params.get('objective');
  const channel = params.get('channel');
  const activeOn = params.get('activeOn') ?? '';
  return {
    status: isCampaignStatus(status) ? status : '',
    objective: isObjective(objective) ? objective : '',
    channel: isChannel(channel) ? channel : '',
    search: params.get('search')?.trim() ?? '',
    activeOn: ISO_DATE.test(activeOn) ? activeOn : '',
  };
}

/** Only the filters that are set, so shared links stay short. */
export function writeCampaignFilters(values: CampaignFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    const trimmed = value.trim();
    if (trimmed) params.set(key, trimmed);
  }
  return params;
}

export function toCampaignFilter(values: CampaignFilterValues): CampaignFilter | undefined {
  const filter: CampaignFilter = {};
  if (values.status) filter.status = [values.status];
  if (values.objective) filter.objective = values.objective;
  if (values.channel) filter.channel = values.channel;
  if (values.search) filter.search = values.search;
  if (values.activeOn) filter.activeOn = values.activeOn;
  return Object.keys(filter).length > 0 ? filter : undefined;
}
