import { useQueryStringState } from '@/ui/hooks/useQueryStringState';
import { readCampaignFilters, writeCampaignFilters } from '../utils/campaignFilters';

export const useCampaignFilters = () => useQueryStringState(readCampaignFilters, writeCampaignFilters);
