package io.carepulse.consent;

import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.mongo.JobLeases;
import io.carepulse.platform.mongo.PeriodicTask;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns consents whose expiration date has passed (the end of that day in the organisation's time
 * zone) to EXPIRED, each with its {@code CONSENT_EXPIRED} event in the same write, every five
 * minutes. No TTL index is relied on (the embedded MongoDB has none, and a TTL index deletes
 * rather than changes). Safe with several instances: a lease lets one run at a time, and each
 * change is guarded on the consent still being ACTIVE, so a consent expires once, with one event.
 * The run also finishes deletions whose file removal was cut short.
 */
@Component
class ConsentExpiry extends PeriodicTask {

    static final String JOB = "consent-expiry";

    private final CrossTenantAccess access;
    private final TenantMongo mongo;
    private final EventLog log;
    private final ConsentChanges changes;
    private final ConsentRetention retention;
    private final JobLeases leases;
    private final Clock clock;

    ConsentExpiry(CrossTenantAccess access, TenantMongo mongo, EventLog log, ConsentChanges changes,
            ConsentRetention retention, JobLeases leases, Clock clock) {
        super("Consent expiry", Duration.ofSeconds(20), Duration.ofMinutes(5));
        this.access = access;
        this.mongo = mongo;
        this.log = log;
        this.changes = changes;
        this.retention = retention;
        this.leases = leases;
        this.clock = clock;
    }

    @Override
    protected Mono<Long> runOnce() {
        return leases.exclusively(JOB, Duration.ofMinutes(10), () -> expireDue(clock.instant())
                .flatMap(expired -> finishDeletions().thenReturn(expired)));
    }

    /** Expires every consent due at {@code now}; how many. */
    Mono<Long> expireDue(Instant now) {
        Query due = Query.query(Criteria.where("status").is(ConsentStatus.ACTIVE).and("deletedAt").is(null)
                .and("expiresAt").lte(now));
        return access.findForMaintenance(due, Consent.class)
                .concatMap(consent -> expire(consent, now).contextWrite(ReactiveSecurityContextHolder
                        .withAuthentication(CallerAuthentication.forJob(consent.organizationId(), JOB))))
                .count();
    }

    private Mono<Consent> expire(Consent consent, Instant now) {
        Update update = new Update().set("status", ConsentStatus.EXPIRED).set("lastInEffectAt", consent.expiresAt())
                .set("updatedAt", now).inc("version", 1);
        EventLog.outboxUpdate(update, changes.entry(ConsentEvent.Kind.CONSENT_EXPIRED, consent, ConsentStatus.EXPIRED));
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(consent.id())
                        .and("status").is(ConsentStatus.ACTIVE).and("expiresAt").lte(now)), update, Consent.class)
                .flatMap(expired -> log.relay(Consent.class, expired.id()).thenReturn(expired));
    }

    /** Removes the files of deleted consents whose deletion stopped before it. */
    Mono<Void> finishDeletions() {
        Query pending = Query.query(Criteria.where("deletedAt").ne(null).and("document").ne(null));
        return access.findForMaintenance(pending, Consent.class)
                .concatMap(deleted -> retention.removeFile(deleted).contextWrite(ReactiveSecurityContextHolder
                        .withAuthentication(CallerAuthentication.forJob(deleted.organizationId(), JOB))))
                .then();
    }
}
