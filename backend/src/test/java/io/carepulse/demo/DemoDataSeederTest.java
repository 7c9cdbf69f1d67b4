package io.carepulse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.campaign.Campaign;
import io.carepulse.support.IntegrationTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

class DemoDataSeederTest extends IntegrationTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    com.mongodb.reactivestreams.client.MongoClient client;

    @Autowired
    io.carepulse.platform.crypto.FieldEncryption encryption;

    @Autowired
    io.carepulse.platform.crypto.BlindIndex blindIndex;

    @Autowired
    io.carepulse.platform.files.StoredFiles files;

    @Autowired
    io.carepulse.feedback.ThemeCounting themes;
    @Autowired
    io.carepulse.analytics.EngagementRecorder engagement;
    /** The application's: they make Riverside's summaries in the application's database, not the fresh one. */
    @Autowired
    java.util.List<io.carepulse.platform.events.RollupRebuild> rebuilds;

    private DemoDataSeeder seeder(ReactiveMongoTemplate template) {
        return new DemoDataSeeder(template, Clock.systemUTC(), new io.carepulse.phi.PhiScanner(),
                new DemoConsents(template, encryption, blindIndex, files, Clock.systemUTC()), new DemoContent(template),
                new DemoFeedback(template, new io.carepulse.phi.PhiScanner(), themes),
                new DemoEngagement(template, engagement), rebuilds);
    }

    @Test
    void seedsAnEmptyDatabaseOnceAndIsIdempotent() {
        ReactiveMongoTemplate fresh = new ReactiveMongoTemplate(client, "seeder-" + System.nanoTime());
        DemoDataSeeder seeder = seeder(fresh);
        Query riversideBatches = Query.query(org.springframework.data.mongodb.core.query.Criteria
                .where("organizationId").is("riverside-health"));
        long batchesBefore = mongo.count(riversideBatches, "engagement_batches").block();
        Query riversideImports = Query.query(org.springframework.data.mongodb.core.query.Criteria
                .where("organizationId").is("riverside-health").and("source.kind").is("CSV"));
        long importsBefore = mongo.count(riversideImports, "engagement_batches").block();
        assertThat(seeder.seedIfEmpty().block()).isTrue();
        // Each seeded thread counted for the themes once, in the application's database (the counter's).
        java.util.List<Object> themed = fresh.findAll(io.carepulse.feedback.FeedbackThread.class)
                .map(thread -> (Object) ("thread|" + thread.id().toHexString())).collectList().block();
        assertThat(mongo.count(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
                .in(themed)), "feedback_themed_messages").block()).isEqualTo(78);
        seeder.seedEngagement().block();
        // The engagement goes the connectors' way, into the application's database (the recorder's).
        assertThat(mongo.count(riversideBatches, "engagement_batches").block())
                .as("the published posts' engagement, posts published elsewhere and followers")
                .isGreaterThanOrEqualTo(batchesBefore + 5);
        assertThat(mongo.count(riversideImports, "engagement_batches").block())
                .as("each CSV layout's example file, imported").isEqualTo(importsBefore + 5);
        long campaigns = fresh.count(new Query(), Campaign.class).block();
        assertThat(campaigns).isGreaterThanOrEqualTo(8);
        assertThat(fresh.count(new Query(), io.carepulse.liveqa.LiveSession.class).block()).isEqualTo(3);
        assertThat(fresh.count(new Query(), io.carepulse.liveqa.LiveQuestion.class).block()).isEqualTo(7);
        assertThat(fresh.count(new Query(), "live_participants").block()).as("the live and the ended session's joins")
                .isEqualTo(38 + 112);
        var consents = fresh.findAll(io.carepulse.consent.Consent.class).collectList().block();
        assertThat(consents).extracting(io.carepulse.consent.Consent::status).containsExactlyInAnyOrder(
                io.carepulse.consent.ConsentStatus.ACTIVE, io.carepulse.consent.ConsentStatus.ACTIVE,
                io.carepulse.consent.ConsentStatus.REVOKED);
        assertThat(consents).filteredOn(c -> c.document() != null).singleElement()
                .satisfies(c -> assertThat(files.find(c.document().fileId())
                        .contextWrite(org.springframework.security.core.context.ReactiveSecurityContextHolder
                                .withAuthentication(io.carepulse.platform.security.CallerAuthentication
                                        .forJob(c.organizationId(), "test")))
                        .block().attachedTo()).as("attached, so the clean-up keeps it").isNotNull());
        assertThat(consents).filteredOn(c -> c.expiresOn().isBefore(java.time.LocalDate.now().plusDays(30)))
                .hasSize(1);
        assertThat(encryption.decrypt(consents.getFirst().patient().name()).block()).isNotBlank();
        assertThat(fresh.findAll(io.carepulse.consent.ConsentRequest.class).collectList().block())
                .extracting(io.carepulse.consent.ConsentRequest::status)
                .containsExactly(io.carepulse.consent.ConsentRequestStatus.PENDING);
        assertThat(fresh.findAll(io.carepulse.content.Content.class).collectList().block())
                .extracting(io.carepulse.content.Content::status).contains(io.carepulse.content.ContentStatus.DRAFT,
                        io.carepulse.content.ContentStatus.IN_REVIEW, io.carepulse.content.ContentStatus.IN_COMPLIANCE_REVIEW,
                        io.carepulse.content.ContentStatus.CHANGES_REQUESTED, io.carepulse.content.ContentStatus.APPROVED,
                        io.carepulse.content.ContentStatus.SCHEDULED, io.carepulse.content.ContentStatus.PUBLISHED,
                        io.carepulse.content.ContentStatus.RETRACTED)
                .hasSize(14);
        Campaign hello = fresh.findOne(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("name")
                .is("#HelloMyNameIs")), Campaign.class).block();
        assertThat(fresh.findAll(io.carepulse.content.Content.class).collectList().block())
                .as("the campaign's published introduction, so its performance has figures")
                .filteredOn(c -> hello.id().equals(c.campaignId()))
                .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(
                        io.carepulse.content.ContentStatus.PUBLISHED));
        assertThat(fresh.findById("riverside-health", io.carepulse.organization.OrganizationSettings.class).block()
                .postingTarget(io.carepulse.segment.Channel.X)).as("the calendar's cadence has targets").contains(5);
        var inbox = fresh.findAll(io.carepulse.feedback.FeedbackThread.class).collectList().block();
        assertThat(inbox).as("an inbox with PHI, an assigned and an answered thread, and two months resolved")
                .hasSize(6 + 72)
                .anyMatch(io.carepulse.feedback.FeedbackThread::hasPhi)
                .anyMatch(thread -> "reviewer@riverside.example".equals(thread.assignee()))
                .anyMatch(thread -> thread.firstRespondedAt() != null);
        assertThat(inbox).as("the two months resolved were each answered, never after now, some past the day allowed")
                .filteredOn(thread -> thread.status() == io.carepulse.feedback.Status.RESOLVED)
                .hasSize(72)
                .allSatisfy(thread -> assertThat(thread.firstRespondedAt()).isBetween(thread.createdAt(),
                        java.time.Instant.now()))
                .anySatisfy(thread -> assertThat(java.time.Duration.between(thread.createdAt(),
                        thread.firstRespondedAt())).isGreaterThan(java.time.Duration.ofDays(1)));
        assertThat(seeder.seedIfEmpty().block()).isFalse();
        assertThat(fresh.count(new Query(), Campaign.class).block()).isEqualTo(campaigns);
    }

    @Test
    void neverTouchesANonEmptyDatabase() {
        DemoDataSeeder seeder = seeder(mongo);
        // The shared test database already holds other tests' data: the seeder must leave it alone.
        mongo.insert(new Campaign(null, "someone-else", "Existing", null, java.util.List.of(), Campaign.Objective.AWARENESS,
                io.carepulse.campaign.CampaignStatus.PLANNED, java.time.LocalDate.now(), null, java.util.List.of(),
                java.util.List.of(), java.util.List.of(), null, "x", java.time.Instant.now(), java.time.Instant.now(),
                1)).block();
        long before = mongo.count(new Query(), Campaign.class).block();
        assertThat(seeder.seedIfEmpty().block()).isFalse();
        assertThat(mongo.count(new Query(), Campaign.class).block()).isEqualTo(before);
    }

    @Test
    void demoDataCoversBothOrganisationsWithRealisticCampaigns() {
        DemoData data = new DemoData(java.time.Instant.now(), java.time.LocalDate.of(2026, 11, 29),
                new io.carepulse.phi.PhiScanner());
        assertThat(data.organizations).extracting(o -> o.id()).containsExactly("riverside-health", "lakeside-clinic");
        assertThat(data.campaigns).extracting(Campaign::name)
                .contains("#HelloMyNameIs", "Movember", "Flu-shot season", "American Heart Month");
        assertThat(data.campaigns).allSatisfy(c -> assertThat(c.endDate() == null
                || !c.endDate().isBefore(c.startDate())).isTrue());
        assertThat(data.campaigns.stream().filter(c -> c.organizationId().equals("lakeside-clinic"))).isNotEmpty();
    }

    @Test
    void theDemoLiveSessionHasQuestionsInEveryStateAndOneFlaggedByTheRealScanner() {
        DemoData data = new DemoData(java.time.Instant.now(), java.time.LocalDate.of(2026, 11, 29),
                new io.carepulse.phi.PhiScanner());
        assertThat(data.liveQuestions).extracting(io.carepulse.liveqa.LiveQuestion::status).contains(
                io.carepulse.liveqa.QuestionStatus.PENDING, io.carepulse.liveqa.QuestionStatus.APPROVED,
                io.carepulse.liveqa.QuestionStatus.ANSWERED);
        assertThat(data.liveQuestions).filteredOn(io.carepulse.liveqa.LiveQuestion::flagged).hasSize(1);
        assertThat(data.liveQuestions).filteredOn(io.carepulse.liveqa.LiveQuestion::pinned).hasSize(1)
                .allSatisfy(q -> assertThat(q.visibleToAudience()).isTrue());
    }
}
