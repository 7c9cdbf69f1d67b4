package io.carepulse.feedback;

import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Who read the messages of a thread holding suspected PHI, and when (as consents' reads are
 * logged). The entry is written before the messages are answered: a read that cannot be logged
 * fails. It names the thread, never the text. One entry per person and thread every
 * {@link #ONCE_PER} on an instance: a page that reads the thread again after each change (live
 * refresh) would otherwise write one per refresh.
 */
@Component
class FeedbackAccessLog {

    static final int MAX_PAGE = 200;
    static final Duration ONCE_PER = Duration.ofMinutes(10);

    private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> recent = com.github.benmanes.caffeine
            .cache.Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ONCE_PER).build();

    private final TenantMongo mongo;
    private final Clock clock;

    FeedbackAccessLog(TenantMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** {@code read}, after logging it when the thread holds suspected PHI. */
    <T> Mono<T> reading(FeedbackThread thread, Mono<T> read) {
        if (!thread.hasPhi()) {
            return read;
        }
        return CurrentCaller.required().flatMap(caller -> {
            String key = thread.organizationId() + "|" + thread.id() + "|" + caller.subject();
            if (recent.getIfPresent(key) != null) {
                return Mono.empty();
            }
            return PendingAudit.outside(mongo.insert(org -> new Access(new ObjectId(), org, thread.id(),
                    caller.subject(), clock.instant()))).doOnSuccess(logged -> recent.put(key, Boolean.TRUE));
        }).then(read);
    }

    Flux<Access> of(ObjectId threadId, int first) {
        return mongo.find(Query.query(Criteria.where("threadId").is(threadId))
                .with(Sort.by(Sort.Direction.DESC, "at", "_id")).limit(Math.max(1, Math.min(first, MAX_PAGE))),
                Access.class);
    }

    @Document("feedback_access")
    record Access(@Id ObjectId id, String organizationId, ObjectId threadId, String actorSubject, Instant at)
            implements TenantOwned {
    }

    @Bean
    static IndexDeclaration feedbackAccessIndexes() {
        return IndexDeclaration.of("feedback_access", new Index().on("organizationId", Sort.Direction.ASC)
                .on("threadId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }
}
