package io.carepulse.campaign;

import io.carepulse.campaign.CampaignPayloads.CampaignChange;
import io.carepulse.campaign.CampaignPayloads.CampaignChangeKind;
import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.events.OutboxEntry;
import io.carepulse.platform.graphql.SlowSubscriberException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Campaign changes as an event stream of the platform's log, one per organisation: each creation,
 * edit and status change is written with its event in the campaign's own document write, and
 * {@code campaignChanged} subscribers follow the instance's one reader of the log. The event's
 * campaign is made from the document when the event is logged (the campaign as the change left it,
 * or as a later change did).
 */
@Component
class CampaignChanges {

    static final EventStream<Campaign> STREAM = EventStream.derived("campaign.changes", Campaign.class,
            (source, type, hint) -> (Campaign) source, Campaign.class);
    static final String RESUME = "subscribe again, and reload the campaigns you show";

    private final EventLog log;
    private final EventHub hub;

    CampaignChanges(EventLog log, EventHub hub) {
        this.log = log;
        this.hub = hub;
    }

    @Bean
    static EventStream<Campaign> campaignChangeStream() {
        return STREAM;
    }

    /** The event of a change to one of an organisation's campaigns, to be written with the change. */
    OutboxEntry entry(CampaignChangeKind kind, String organization) {
        return log.derived(STREAM, organization, kind.name(), null);
    }

    /** Changes of the caller's organisation's campaigns from now on. */
    Flux<CampaignChange> of(String organization) {
        return hub.follow(STREAM, organization, null)
                .map(event -> new CampaignChange(CampaignChangeKind.valueOf(event.type()), event.payload()))
                .onErrorMap(SlowSubscriberException.class, e -> new SlowSubscriberException(RESUME));
    }

    /** Subscribers of an organisation on this instance (for tests). */
    int subscribers(String organization) {
        return hub.subscribers(organization, STREAM, organization);
    }
}
