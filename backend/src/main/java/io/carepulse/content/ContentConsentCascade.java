package io.carepulse.content;

import io.carepulse.consent.Consent;
import io.carepulse.consent.ConsentEvent;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * When a consent stops authorizing (revoked, expired, deleted), the stories relying on it stop
 * too: scheduled ones are unscheduled and published ones retracted, each retraction leaving a
 * take-down per channel for a person to confirm. It consumes the consent registry's
 * {@code consent.changes} through the platform, so no event is missed across a restart; handling
 * one twice changes nothing more (the writes are guarded on the item's status).
 */
@Component
class ContentConsentCascade {

    static final String NAME = "content.consent-cascade";
    private static final List<ConsentEvent.Kind> ENDINGS = List.of(ConsentEvent.Kind.CONSENT_REVOKED,
            ConsentEvent.Kind.CONSENT_EXPIRED, ConsentEvent.Kind.CONSENT_DELETED);

    private final TenantMongo mongo;
    private final ContentPublishing publishing;

    ContentConsentCascade(TenantMongo mongo, ContentPublishing publishing) {
        this.mongo = mongo;
        this.publishing = publishing;
    }

    @Bean
    static EventConsumer<ConsentEvent> contentConsentCascadeConsumer(ContentConsentCascade cascade) {
        return EventConsumer.of(NAME, ConsentEvent.EVENTS, cascade::handle);
    }

    Mono<Void> handle(Event<ConsentEvent> event) {
        ConsentEvent ended = event.payload();
        ObjectId consentId = GlobalId.objectId(ended.consentId(), Consent.TYPE);
        if (!ENDINGS.contains(ended.kind()) || consentId == null) {
            return Mono.empty();
        }
        String reason = "Consent " + ended.number() + " " + switch (ended.kind()) {
            case CONSENT_REVOKED -> "was revoked";
            case CONSENT_EXPIRED -> "expired";
            default -> "was deleted";
        };
        Query relying = Query.query(Criteria.where("consentIds").is(consentId)
                .and("status").in(ContentStatus.SCHEDULED, ContentStatus.PUBLISHED));
        return mongo.find(relying, Content.class)
                .concatMap(content -> content.status() == ContentStatus.SCHEDULED
                        ? publishing.unschedule(content, reason) : publishing.retract(content, reason))
                .then();
    }
}
