package io.carepulse.liveqa;

import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Duration;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The per-session event log in MongoDB, and the only writer of it. An event takes the next
 * sequence number by inserting it: the unique index on (session, sequence) refuses a number
 * someone else took meanwhile, and the writer reads the new last number and tries again. So
 * numbers have no gaps, and an event is inserted only after its predecessor is visible, which
 * keeps change-stream order equal to sequence order. The question or session change is written
 * first; if the process died between the two writes, the next event of that question carries
 * its full state again.
 */
@Component
class LiveEventLog {

    /** Readers of a long history get it in pages of this size. */
    private static final int REPLAY_PAGE = 500;

    private final TenantMongo mongo;
    private final Clock clock;

    LiveEventLog(TenantMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Appends a question event. */
    Mono<LiveEvent> question(LiveEvent.Type type, LiveSession session, LiveQuestion before, LiveQuestion after) {
        return append(session.id(), type, after.withoutUpvoters(), session.status(),
                LiveEvent.audienceOf(before, after));
    }

    /** Appends a session event. */
    Mono<LiveEvent> session(LiveEvent.Type type, LiveSession session) {
        return append(session.id(), type, null, session.status(), LiveEvent.Audience.SESSION);
    }

    private Mono<LiveEvent> append(ObjectId sessionId, LiveEvent.Type type, LiveQuestion question,
            LiveSessionStatus status, LiveEvent.Audience audience) {
        return Mono.defer(() -> lastSequence(sessionId).flatMap(last -> mongo.insert(org -> new LiveEvent(
                        new ObjectId(), org, sessionId, last + 1, type, clock.instant(), question, status, audience))))
                .retryWhen(Retry.backoff(64, Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(40)).jitter(0.75)
                        .filter(DuplicateKeyException.class::isInstance));
    }

    /** The session's latest sequence number, 0 before its first event. */
    Mono<Long> lastSequence(ObjectId sessionId) {
        Query query = Query.query(Criteria.where("sessionId").is(sessionId))
                .with(Sort.by(Sort.Direction.DESC, "sequence")).limit(1);
        return mongo.findOne(query, LiveEvent.class).map(LiveEvent::sequence).defaultIfEmpty(0L);
    }

    /** Events after {@code sequence}, oldest first, read page by page. */
    Flux<LiveEvent> after(ObjectId sessionId, long sequence) {
        return page(sessionId, sequence).expand(page -> page.size() < REPLAY_PAGE ? Mono.empty()
                        : page(sessionId, page.get(page.size() - 1).sequence()))
                .flatMapIterable(page -> page);
    }

    private Mono<java.util.List<LiveEvent>> page(ObjectId sessionId, long after) {
        Query query = Query.query(Criteria.where("sessionId").is(sessionId).and("sequence").gt(after))
                .with(Sort.by(Sort.Direction.ASC, "sequence")).limit(REPLAY_PAGE);
        return mongo.find(query, LiveEvent.class).collectList();
    }

    @Bean
    static IndexDeclaration liveEventIndexes() {
        return IndexDeclaration.of(LiveEvent.COLLECTION, new Index().on("sessionId", Sort.Direction.ASC)
                .on("sequence", Sort.Direction.ASC).unique().named("session_sequence_unique"));
    }
}
