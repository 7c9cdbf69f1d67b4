package io.carepulse.platform.mongo;

import java.time.Clock;
import java.time.Duration;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Leases for jobs that every instance schedules but one at a time should run: taking a lease is
 * one atomic update of one document ({@code job_leases}), which succeeds only when the lease is
 * free or has run out, so of several instances exactly one gets it. A lease runs out by itself, so
 * an instance that died holding one blocks the job for one lease at most.
 */
@Component
public class JobLeases {

    static final String COLLECTION = "job_leases";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final String instance;

    JobLeases(ReactiveMongoTemplate mongo, Clock clock,
            @Value("${carepulse.instance-id:${HOSTNAME:local}}") String instance) {
        this.mongo = mongo;
        this.clock = clock;
        this.instance = instance;
    }

    /** True when this instance now holds the job's lease for {@code length}. */
    public Mono<Boolean> take(String job, Duration length) {
        var now = clock.instant();
        Query free = Query.query(Criteria.where("_id").is(job).orOperator(Criteria.where("until").lt(now),
                Criteria.where("until").exists(false)));
        Update take = new Update().set("until", now.plus(length)).set("holder", instance).set("takenAt", now);
        return mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class, COLLECTION)
                .map(lease -> instance.equals(lease.getString("holder")))
                .defaultIfEmpty(false)
                // Held by someone else: the upsert's insert met the existing lease.
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    /** Extends a lease this instance holds; false when it no longer holds it. */
    public Mono<Boolean> extend(String job, Duration length) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(job).and("holder").is(instance)
                                .and("until").gt(clock.instant())),
                        new Update().set("until", clock.instant().plus(length)), COLLECTION)
                .map(result -> result.getModifiedCount() == 1);
    }

    /** Gives the lease back early, once the job is done. */
    public Mono<Void> release(String job) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(job).and("holder").is(instance)),
                // Long past, not "now": a take in the same millisecond must find it free.
                new Update().set("until", java.time.Instant.EPOCH), COLLECTION).then();
    }

    /**
     * Runs {@code work} only if this instance takes the job's lease, releasing it when the work is
     * done (a run that fails keeps it until it lapses); answers what the work counted, or 0 when
     * another instance holds the lease. The shape of every job that acts for all organisations.
     */
    public Mono<Long> exclusively(String job, Duration length, java.util.function.Supplier<Mono<Long>> work) {
        return take(job, length).flatMap(mine -> !mine ? Mono.just(0L)
                : work.get().flatMap(count -> release(job).thenReturn(count)));
    }
}
