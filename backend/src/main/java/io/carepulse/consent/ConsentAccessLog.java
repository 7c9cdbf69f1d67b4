package io.carepulse.consent;

import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who read a consent's protected fields or its document, and when (164.312(b) audit controls).
 * The entry is written before the values are returned: a read that cannot be logged fails. It
 * names fields, never values.
 */
@Component
class ConsentAccessLog {

    static final int MAX_PAGE = 200;

    private final TenantMongo mongo;
    private final Clock clock;

    ConsentAccessLog(TenantMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records that the caller read {@code fields} of {@code consent}; then {@code read}. */
    <T> Mono<T> reading(Consent consent, List<String> fields, Mono<T> read) {
        if (fields.isEmpty()) {
            return read;
        }
        return record(consent.id(), fields).then(read);
    }

    Mono<Void> record(ObjectId consentId, List<String> fields) {
        return CurrentCaller.required().flatMap(caller -> PendingAudit.outside(mongo.insert(org -> new Access(
                new ObjectId(), org, consentId, caller.subject(), List.copyOf(fields), clock.instant())))).then();
    }

    Flux<Access> of(ObjectId consentId, int first) {
        return mongo.find(Query.query(Criteria.where("consentId").is(consentId))
                .with(Sort.by(Sort.Direction.DESC, "at", "_id")).limit(Math.max(1, Math.min(first, MAX_PAGE))),
                Access.class);
    }

    @Document("consent_access")
    record Access(@Id ObjectId id, String organizationId, ObjectId consentId, String actorSubject,
            List<String> fields, Instant at) implements TenantOwned {
    }

    @Bean
    static IndexDeclaration consentAccessIndexes() {
        return IndexDeclaration.of("consent_access", new Index().on("organizationId", Sort.Direction.ASC)
                .on("consentId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }
}
