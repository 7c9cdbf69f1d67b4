package io.carepulse.liveqa.question;

import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;
import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.liveqa.audience.LiveParticipant;
import io.carepulse.liveqa.events.LiveEventLog;

import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.mongo.JobLeases;
import io.carepulse.platform.mongo.PeriodicTask;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps what members of the public wrote no longer than needed: once a live session has been
 * over for its organisation's {@code questionRetentionDays} (default 30), the text of its
 * rejected questions, every original wording a moderator edited away, the display names of those
 * who asked and joined, and the question text copied into its event log are purged. Approved and
 * answered questions keep their (public, screened) text, and every question keeps its state and
 * counts. Every instance schedules the job hourly; a lease ({@link JobLeases}) lets one run at a
 * time, and each purge is idempotent, so a run cut short is simply finished by the next.
 */
@Component
public class QuestionRetention extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionRetention.class);
    static final String JOB = "live-question-retention";
    static final Duration EVERY = Duration.ofHours(1);

    private final CrossTenantAccess access;
    private final OrganizationSettingsStore settings;
    private final JobLeases leases;
    private final Clock clock;
    private final EventLog eventLog;

    QuestionRetention(CrossTenantAccess access, OrganizationSettingsStore settings, JobLeases leases, Clock clock,
            EventLog eventLog) {
        super("Question retention", Duration.ofMinutes(1), EVERY);
        this.eventLog = eventLog;
        this.access = access;
        this.settings = settings;
        this.leases = leases;
        this.clock = clock;
    }

    /** One run, if this instance gets the lease: the number of sessions purged. */
    @Override
    protected Mono<Long> runOnce() {
        return leases.exclusively(JOB, Duration.ofMinutes(30), () -> purgeDue().count());
    }

    private Flux<LiveSession> purgeDue() {
        Query ended = Query.query(Criteria.where("status").is(LiveSessionStatus.ENDED)
                .and("retentionPurgedAt").exists(false));
        return access.findForMaintenance(ended, LiveSession.class)
                .concatMap(session -> settings.of(session.organizationId())
                        .filter(org -> session.endedAt() != null && session.endedAt()
                                .plus(org.questionRetentionDays(), ChronoUnit.DAYS).isBefore(clock.instant()))
                        .flatMap(org -> purge(session)));
    }

    private Mono<LiveSession> purge(LiveSession session) {
        String org = session.organizationId();
        Criteria ofSession = Criteria.where("sessionId").is(session.id());
        Update rejected = new Update().unset("text").unset("originalText").unset("phiFindings");
        Update everyQuestion = new Update().unset("originalText").unset("askedBy");
        Update events = new Update().unset("payload.question.text").unset("payload.question.originalText")
                .unset("payload.question.askedBy").unset("payload.question.phiFindings");
        return access.updateInOrganization(org, Query.query(Criteria.where("sessionId").is(session.id())
                        .and("status").is(QuestionStatus.REJECTED)), rejected, LiveQuestion.class)
                .then(access.updateInOrganization(org, Query.query(ofSession), everyQuestion, LiveQuestion.class))
                .then(eventLog.rewriteForMaintenance(org, LiveEventLog.STREAM, session.id().toHexString(), events))
                .then(access.updateInOrganization(org, Query.query(Criteria.where("sessionId").is(session.id())),
                        new Update().unset("displayName"), LiveParticipant.class))
                // Last: a run cut short before this line is done again by the next.
                .then(access.updateInOrganization(org, Query.query(Criteria.where("_id").is(session.id())),
                        new Update().set("retentionPurgedAt", clock.instant()), LiveSession.class))
                .doOnSuccess(done -> LOG.info("Purged participants' text of live session {} ({}), ended {}",
                        session.id(), org, session.endedAt()))
                .thenReturn(session);
    }
}
