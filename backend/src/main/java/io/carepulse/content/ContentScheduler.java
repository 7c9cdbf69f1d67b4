package io.carepulse.content;

import io.carepulse.organization.OrganizationSettings;
import io.carepulse.organization.OrganizationSettingsStore;
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
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Publishes scheduled items when their time comes, every 30 seconds, with the checks of
 * publishing made again at that moment (an item whose consent was revoked or whose approval
 * lapsed goes back to APPROVED, each channel FAILED with the reason). An item more than {@link #LATE_AFTER}
 * past its time came due while no instance was publishing: by the organisation's
 * {@code missedPublications} setting it is published at this run with a note of how late, or not
 * published and reported (APPROVED, each channel FAILED with the time it missed). Several instances are safe: a lease lets one
 * run at a time, and each channel is claimed before it is posted ({@link ContentPublishing}), so
 * even two runs that overlap post it once.
 */
@Component
class ContentScheduler extends PeriodicTask {

    static final String JOB = "content-scheduler";

    /**
     * Runs are 30 seconds apart and a stuck run's lease lapses after 5 minutes, so an item later than
     * this was missed by an outage, not by the scheduler's own rhythm.
     */
    static final Duration LATE_AFTER = Duration.ofMinutes(5);

    private static final java.time.format.DateTimeFormatter DUE = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy 'at' HH:mm zzz", java.util.Locale.ENGLISH);

    private final CrossTenantAccess access;
    private final TenantMongo mongo;
    private final ContentChecks checks;
    private final ContentPublishing publishing;
    private final OrganizationSettingsStore settings;
    private final JobLeases leases;
    private final Clock clock;

    ContentScheduler(CrossTenantAccess access, TenantMongo mongo, ContentChecks checks, ContentPublishing publishing,
            OrganizationSettingsStore settings, JobLeases leases, Clock clock) {
        super("Content scheduler", Duration.ofSeconds(15), Duration.ofSeconds(30));
        this.access = access;
        this.mongo = mongo;
        this.checks = checks;
        this.publishing = publishing;
        this.settings = settings;
        this.leases = leases;
        this.clock = clock;
    }

    @Override
    protected Mono<Long> runOnce() {
        return leases.exclusively(JOB, Duration.ofMinutes(5), () -> publishDue(clock.instant()));
    }

    /** Publishes every item due at {@code now}; how many were handled. */
    Mono<Long> publishDue(Instant now) {
        Query due = Query.query(Criteria.where("status").is(ContentStatus.SCHEDULED).and("publishAt").lte(now));
        return access.findForMaintenance(due, Content.class)
                .concatMap(content -> publish(content.id(), now).contextWrite(ReactiveSecurityContextHolder
                        .withAuthentication(CallerAuthentication.forJob(content.organizationId(), JOB))))
                .count();
    }

    private Mono<Content> publish(org.bson.types.ObjectId id, Instant now) {
        return mongo.findById(id, Content.class).filter(content -> content.status() == ContentStatus.SCHEDULED)
                .flatMap(content -> settings.current().flatMap(org -> {
                    Duration late = Duration.between(content.publishAt(), now);
                    if (late.compareTo(LATE_AFTER) <= 0) {
                        return publishIfStillAllowed(content, now, org, null);
                    }
                    String missed = "Missed its time (" + DUE.format(content.publishAt().atZone(org.zone()))
                            + ") while publishing was stopped";
                    return org.missedPublications() == OrganizationSettings.MissedPublications.REPORT_LATE
                            ? publishing.unschedule(content, missed
                                    + "; not posted late, as the organisation's setting asks: reschedule or publish now")
                            : publishIfStillAllowed(content, now, org, "Published " + lateness(late) + " late: "
                                    + missed);
                }));
    }

    private Mono<Content> publishIfStillAllowed(Content content, Instant now, OrganizationSettings org, String note) {
        return checks.forPublication(content, now, now, org.reviewValidityDays()).flatMap(errors -> errors.isEmpty()
                ? publishing.publishPending(content.id(), note)
                : publishing.unschedule(content, errors.getFirst().message()));
    }

    /** "3 hours", "2 days" or "12 minutes": what a marketer reads. */
    static String lateness(Duration late) {
        if (late.toDays() >= 2) {
            return late.toDays() + " days";
        }
        if (late.toHours() >= 2) {
            return late.toHours() + " hours";
        }
        return late.toMinutes() + " minutes";
    }
}
