package io.carepulse.campaign;

import io.carepulse.campaign.CampaignPayloads.CampaignChange;
import io.carepulse.platform.security.CurrentCaller;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * {@code Subscription.campaignChanged}: every creation, edit and status change of the caller's
 * organisation's campaigns, whichever instance made it, from this instance's one change stream
 * ({@link CampaignChanges}).
 */
@Controller
class CampaignSubscription {

    private final CampaignChanges changes;

    CampaignSubscription(CampaignChanges changes) {
        this.changes = changes;
    }

    @SubscriptionMapping
    Flux<CampaignChange> campaignChanged() {
        return CurrentCaller.required().flatMapMany(caller -> changes.of(caller.organization()));
    }
}
