import type { CampaignOrderField } from '@/generated/graphql';
import { useListState, type Sort } from '@/ui/hooks/useListState';
import { readCampaignFilters, writeCampaignFilters } from '../utils/campaignFilters';

export const CAMPAIGN_ORDER_FIELDS: readonly CampaignOrderField[] = ['NAME', 'START_DATE', 'CREATED_AT', 'UPDATED_AT'];
/** The API's default order. */
export const DEFAULT_CAMPAIGN_SORT: Sort<CampaignOrderField> = { field: 'NAME', direction: 'ASC' };

/** The campaign list's filters, order and page, kept in the query string. */
export const useCampaignListState = () =>
  useListState({
    readFilters: readCampaignFilters,
    writeFilters: writeCampaignFilters,
    sortFields: CAMPAIGN_ORDER_FIELDS,
    defaultSort: DEFAULT_CAMPAIGN_SORT,
  });
