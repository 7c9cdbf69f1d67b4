package io.carepulse.platform.events;

import io.carepulse.platform.mongo.JobLeases;
import io.carepulse.platform.mongo.PeriodicTask;
import io.carepulse.platform.tenancy.AuditOutbox;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Moves events that a crash left in their documents' outboxes to the log, and records audit
 * entries a crash left in theirs ({@link PendingAudit}, through the audit feature's
 * {@link AuditOutbox}): at start and then every
 * {@code carepulse.events.recovery-interval} (default 5 minutes), by one instance at a time (a
 * {@link JobLeases lease}). It looks only in the collections that declared streams name as their
 * sources, for documents whose outbox is not empty; the writer moves its events at once, so this
 * finds something only after a crash.
 */
@Component
public class OutboxRecovery extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRecovery.class);
    private static final String JOB = "outbox-recovery";
    /** An audit entry younger than this may still be recorded by its own mutation. */
    static final Duration AUDIT_MIN_AGE = Duration.ofMinutes(1);

    private final ReactiveMongoTemplate mongo;
    private final EventLog log;
    private final JobLeases leases;
    private final TenantMongo tenantMongo;
    private final AuditOutbox auditOutbox;
    private final Clock clock;

    OutboxRecovery(ReactiveMongoTemplate mongo, EventLog log, JobLeases leases,
            @Value("${carepulse.events.recovery-interval:PT5M}") Duration interval, TenantMongo tenantMongo,
            ObjectProvider<AuditOutbox> auditOutbox, Clock clock) {
        super("Outbox recovery", Duration.ZERO, interval);
        this.tenantMongo = tenantMongo;
        this.auditOutbox = auditOutbox.getIfAvailable();
        this.clock = clock;
        this.mongo = mongo;
        this.log = log;
        this.leases = leases;
    }

    /**
     * One sweep under the lease; emits how many events and audit entries it moved (0 when another
     * instance holds the lease). Audit entries younger than {@link #AUDIT_MIN_AGE} are left to the
     * mutation still in progress.
     */
    public Mono<Long> sweep() {
        return sweep(AUDIT_MIN_AGE);
    }

    /** A sweep that records audit entries older than {@code auditMinAge} (tests use zero). */
    public Mono<Long> sweep(Duration auditMinAge) {
        return leases.exclusively(JOB, Duration.ofMinutes(1), () -> Flux.fromIterable(sourceCollections())
                .concatMap(collection -> mongo.find(Query.query(Criteria.where(OutboxEntry.FIELD + ".0")
                                .exists(true)), Document.class, collection)
                        .concatMap(document -> log.relayDocument(collection, document)))
                .map(events -> (long) events.size())
                .concatWith(audits(auditMinAge))
                .reduce(0L, Long::sum));
    }

    private Flux<Long> audits(Duration minAge) {
        if (auditOutbox == null) {
            return Flux.empty();
        }
        java.util.Date before = java.util.Date.from(clock.instant().minus(minAge));
        return tenantMongo.auditedCollections()
                .concatMap(collection -> mongo.find(Query.query(Criteria.where(PendingAudit.OUTBOX_FIELD + ".0")
                                .exists(true)), Document.class, collection)
                        .concatMap(document -> Flux.fromIterable(
                                        document.getList(PendingAudit.OUTBOX_FIELD, Document.class, List.of()))
                                .filter(entry -> !entry.getDate("at").after(before))
                                .concatMap(entry -> auditOutbox.record(document.getString(TenantOwned.FIELD), entry,
                                                document.get("_id"))
                                        .then(mongo.updateFirst(Query.query(Criteria.where("_id")
                                                        .is(document.get("_id"))),
                                                new Update().pull(PendingAudit.OUTBOX_FIELD,
                                                        new Document("entryId", entry.getString("entryId"))),
                                                collection))
                                        .thenReturn(1L))));
    }

    private Set<String> sourceCollections() {
        Set<String> collections = new LinkedHashSet<>();
        log.streams().forEach(stream -> stream.sources().forEach(type -> collections.add(mongo.getCollectionName(type))));
        return collections;
    }

    @Override
    protected Mono<Long> runOnce() {
        return sweep().doOnNext(moved -> {
            if (moved > 0) {
                LOG.info("Moved {} events and audit entries left in outboxes", moved);
            }
        });
    }
}
