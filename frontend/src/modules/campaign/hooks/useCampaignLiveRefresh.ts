import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { CampaignChangedDocument, type CampaignChangedSubscription } from '@/generated/graphql';
import { subscriptionFailure } from '@/modules/api/utils/subscriptionFailure';
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
  const [{ data, error }, resubscribe] = useSubscription({ query: CampaignChangedDocument });
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (data) onChangeRef.current();
  }, [data]);

  // The socket closed because its token expired (or the server cut a slow reader off): listen
  // again, and reload in case a change was missed meanwhile.
  const failure = error ? subscriptionFailure(error) : null;
  useEffect(() => {
    if (failure === 'resume' || failure === 'retry') {
      resubscribe({ requestPolicy: 'network-only' });
      onChangeRef.current();
    }
  }, [failure, resubscribe]);

  return { lastChange: data ? describeCampaignChange(data) : null, unavailable: Boolean(error) };
}
