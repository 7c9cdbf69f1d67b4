package io.carepulse.feedback;

import io.carepulse.platform.mongo.JobLeases;
import io.carepulse.platform.mongo.PeriodicTask;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps what patients and staff wrote in the inbox no longer than the organisation says: a thread
 * resolved and quiet for its {@code messageRetentionDays} (default 365) loses its messages' text and
 * PHI findings, its notes' text, its author and contact; its source, status, dates, rating and tags
 * stay for the figures. The change is guarded on the thread being as it was read (still resolved,
 * no new activity), so a thread reopened meanwhile is kept. Hourly, one instance at a time (a
 * lease); a purge is idempotent, so a run cut short is finished by the next.
 */
@Component
class FeedbackRetention extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackRetention.class);
    static final String JOB = "feedback-retention";
    static final String REMOVED = "";

    private final CrossTenantAccess access;
    private final JobLeases leases;
    private final Clock clock;

    FeedbackRetention(CrossTenantAccess access, JobLeases leases, Clock clock) {
        super("Feedback retention", Duration.ofMinutes(2), Duration.ofHours(1));
        this.access = access;
        this.leases = leases;
        this.clock = clock;
    }

    @Override
    protected Mono<Long> runOnce() {
        return leases.exclusively(JOB, Duration.ofMinutes(30), () -> purgeDue(clock.instant()).count());
    }

    /** Purges every thread due at {@code now}; the threads purged. */
    Flux<FeedbackThread> purgeDue(Instant now) {
        Query resolved = Query.query(Criteria.where("status").is(Status.RESOLVED).and("purgedAt").exists(false));
        return access.findForMaintenance(resolved, FeedbackThread.class)
                .concatMap(thread -> settingsOf(thread.organizationId())
                        .filter(settings -> thread.lastActivityAt().plus(Duration.ofDays(settings.messageRetentionDays()))
                                .isBefore(now))
                        .flatMap(settings -> purge(thread, now)));
    }

    private Mono<FeedbackSettings> settingsOf(String organization) {
        return access.byIdInOrganization(organization, organization, FeedbackSettings.class)
                .defaultIfEmpty(FeedbackSettings.defaults(organization));
    }

    private Mono<FeedbackThread> purge(FeedbackThread thread, Instant now) {
        List<FeedbackThread.Message> messages = thread.messages().stream().map(m -> new FeedbackThread.Message(m.id(),
                m.role(), REMOVED, m.sentAt(), m.sentBy(), List.of(), m.overrideJustification() == null ? null
                        : REMOVED, m.deliveryId())).toList();
        List<FeedbackThread.Note> notes = thread.notes().stream()
                .map(n -> new FeedbackThread.Note(n.id(), REMOVED, n.by(), n.at())).toList();
        Query asRead = Query.query(Criteria.where("_id").is(thread.id()).and("status").is(Status.RESOLVED)
                .and("lastActivityAt").is(thread.lastActivityAt()));
        Update purge = new Update().set("messages", messages).set("notes", notes).unset("authorName")
                .unset("authorHandle").unset("contact").set("purgedAt", now);
        return access.updateInOrganization(thread.organizationId(), asRead, purge, FeedbackThread.class)
                .filter(updated -> updated > 0)
                .doOnNext(updated -> LOG.info("Purged the text of feedback thread {} ({}), resolved and quiet since {}",
                        thread.id(), thread.organizationId(), thread.lastActivityAt()))
                .map(updated -> thread);
    }
}
