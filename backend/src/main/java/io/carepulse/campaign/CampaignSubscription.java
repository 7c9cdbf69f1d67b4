package io.carepulse.campaign;

import io.carepulse.campaign.CampaignPayloads.CampaignChange;
import io.carepulse.campaign.CampaignPayloads.CampaignChangeKind;
import io.carepulse.platform.tenancy.TenantMongo;
import com.mongodb.client.model.changestream.OperationType;
import org.springframework.data.mongodb.core.ChangeStreamEvent;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * {@code Subscription.campaignChanged}, fed by a MongoDB change stream so every instance sees
 * every change, whichever instance wrote it.
 */
@Controller
class CampaignSubscription {

    private final TenantMongo mongo;

    CampaignSubscription(TenantMongo mongo) {
        this.mongo = mongo;
    }

    @SubscriptionMapping
    Flux<CampaignChange> campaignChanged() {
        return mongo.changes(Campaign.COLLECTION, Campaign.class).map(CampaignSubscription::toChange);
    }

    private static CampaignChange toChange(ChangeStreamEvent<Campaign> event) {
        if (event.getOperationType() == OperationType.INSERT) {
            return new CampaignChange(CampaignChangeKind.CREATED, event.getBody());
        }
        var description = event.getRaw() == null ? null : event.getRaw().getUpdateDescription();
        boolean statusChanged = description != null && description.getUpdatedFields() != null
                && description.getUpdatedFields().containsKey("status");
        return new CampaignChange(statusChanged ? CampaignChangeKind.STATUS_CHANGED : CampaignChangeKind.UPDATED,
                event.getBody());
    }
}
