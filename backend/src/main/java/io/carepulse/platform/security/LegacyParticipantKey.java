package io.carepulse.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Earlier versions kept a generated participant signing key in MongoDB ({@code platform_secrets}).
 * Keys now come from the configuration or a development file ({@link ParticipantTokenKeys}), so
 * a key left in the database is deleted at startup: whoever can read the database must not be
 * able to mint participant tokens.
 */
@Component
class LegacyParticipantKey {

    private static final Logger log = LoggerFactory.getLogger(LegacyParticipantKey.class);
    static final String COLLECTION = "platform_secrets";

    private final ReactiveMongoTemplate mongo;

    LegacyParticipantKey(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeFromDatabase() {
        mongo.remove(Query.query(Criteria.where("_id").is("participant-token-key")), COLLECTION)
                .subscribe(result -> {
                    if (result.getDeletedCount() > 0) {
                        log.info("Deleted the participant token key earlier versions kept in MongoDB");
                    }
                }, error -> log.warn("Could not delete the old participant token key from MongoDB: {}",
                        error.toString()));
    }
}
