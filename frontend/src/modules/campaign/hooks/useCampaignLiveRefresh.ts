import { CampaignChangedDocument, type CampaignChangedSubscription } from '@/generated/graphql';
import { useRefreshOnChange } from '@/modules/api/hooks/useRefreshOnChange';
import { CAMPAIGN_STATUS_LABELS } from '../utils/campaignLabels';

export function describeCampaignChange({ campaignChanged: change }: CampaignChangedSubscription): string {
  const name = `“${change.campaign.name}”`;
  switch (change.kind) {
    case 'CREATED':
      return `${name} was created.`;
    case 'UPDATED':
      return `${name} was updated.`;
    case 'STATUS_CHANGED':
      return `${name} is now ${CAMPAIGN_STATUS_LABELS[change.campaign.status].toLowerCase()}.`;
  }
}

/**
 * Listens to `campaignChanged` over graphql-ws and calls `onChange` for each event, so a list
 * can refetch its page (an event may move a campaign in or out of the current filter).
 */
export function useCampaignLiveRefresh(onChange: () => void) {
  const { data, unavailable } = useRefreshOnChange(CampaignChangedDocument, onChange);
  return { lastChange: data ? describeCampaignChange(data) : null, unavailable };
}
