package io.carepulse.demo;

import io.carepulse.campaign.Campaign;
import io.carepulse.identity.Organization;
import io.carepulse.identity.User;
import io.carepulse.platform.events.RollupRebuild;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.segment.AudienceSegment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seeds the demo organisations on an empty database, so {@code make run} shows a working product.
 * It never touches a database that holds any campaign, segment or organisation.
 */
@Component
@ConditionalOnProperty(name = "carepulse.demo-data.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final io.carepulse.phi.PhiScanner scanner;
    private final DemoConsents consents;
    private final DemoContent content;
    private final DemoFeedback feedback;
    private final DemoEngagement engagement;
    private final List<RollupRebuild> rebuilds;

    DemoDataSeeder(ReactiveMongoTemplate mongo, Clock clock, io.carepulse.phi.PhiScanner scanner,
            DemoConsents consents, DemoContent content, DemoFeedback feedback, DemoEngagement engagement,
            List<RollupRebuild> rebuilds) {
        this.rebuilds = List.copyOf(rebuilds);
        this.consents = consents;
        this.content = content;
        this.feedback = feedback;
        this.engagement = engagement;
        this.mongo = mongo;
        this.clock = clock;
        this.scanner = scanner;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean seeded = seedIfEmpty().block(Duration.ofSeconds(60));
        log.info(Boolean.TRUE.equals(seeded) ? "Seeded demo data for riverside-health and lakeside-clinic"
                : "Database not empty: demo data left alone");
        if (Boolean.TRUE.equals(seeded)) {
            // Recorded the connectors' way and taken into the roll-ups in the background: the
            // application answers meanwhile, and the analytics pages fill within seconds.
            seedEngagement().subscribe(null, e -> log.warn("Demo engagement not recorded: {}", e.toString()),
                    () -> log.info("Recorded demo engagement for riverside-health"));
        }
    }

    /** Riverside's demo engagement, after the rest of the demo data (its content). */
    Mono<Void> seedEngagement() {
        return engagement.seed(clock.instant());
    }

    Mono<Boolean> seedIfEmpty() {
        return Flux.concat(mongo.exists(new Query(), Campaign.class), mongo.exists(new Query(), AudienceSegment.class),
                        mongo.exists(new Query(), Organization.class))
                .any(Boolean::booleanValue)
                .flatMap(notEmpty -> notEmpty ? Mono.just(false) : seed().thenReturn(true));
    }

    private Mono<Void> seed() {
        DemoData data = new DemoData(clock.instant(), LocalDate.now(clock), scanner);
        Instant now = clock.instant();
        // Independent writes at once, so the file store's durable commits are shared; content
        // after the consents its stories name; the inbox counted for the themes before the start
        // ends (the themes and the summaries read them); the summaries from everything written.
        return Flux.merge(mongo.insertAll(data.organizations), mongo.insert(data.users, User.class),
                        mongo.insert(data.segments, AudienceSegment.class), mongo.insert(data.campaigns, Campaign.class),
                        mongo.insert(data.liveSessions, io.carepulse.liveqa.LiveSession.class),
                        mongo.insert(data.liveQuestions, io.carepulse.liveqa.LiveQuestion.class),
                        mongo.insert(data.liveParticipants, "live_participants"), mongo.insert(riversideSettings()))
                .then(Mono.when(consents.seed().then(content.seed(now)), feedback.seed(now)))
                .then(summaries());
    }

    /**
     * Riverside's feedback and live Q&A summaries, made from the documents just written (written
     * directly, they brought no events for the summaries' consumers).
     */
    private Mono<Void> summaries() {
        CallerAuthentication demo = CallerAuthentication.forJob(DemoData.RIVERSIDE, "demo-data");
        return Flux.fromIterable(rebuilds).flatMap(rebuild -> rebuild.rebuild()
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(demo))).then();
    }

    /** Riverside's posting targets, so the calendar's cadence has something to be measured against. */
    private io.carepulse.organization.OrganizationSettings riversideSettings() {
        io.carepulse.organization.OrganizationSettings defaults = io.carepulse.organization.OrganizationSettings
                .defaults(DemoData.RIVERSIDE);
        return new io.carepulse.organization.OrganizationSettings(defaults.id(), defaults.organizationId(),
                defaults.timezone(), defaults.questionRetentionDays(), defaults.reviewValidityDays(),
                defaults.phiAllowList(), defaults.missedPublications(), java.util.List.of(
                        new io.carepulse.organization.OrganizationSettings.PostingTarget(
                                io.carepulse.segment.Channel.FACEBOOK, 3),
                        new io.carepulse.organization.OrganizationSettings.PostingTarget(
                                io.carepulse.segment.Channel.INSTAGRAM, 3),
                        new io.carepulse.organization.OrganizationSettings.PostingTarget(
                                io.carepulse.segment.Channel.X, 5),
                        new io.carepulse.organization.OrganizationSettings.PostingTarget(
                                io.carepulse.segment.Channel.LINKEDIN, 2)),
                clock.instant(), 1);
    }
}
