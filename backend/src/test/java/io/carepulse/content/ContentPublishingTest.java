package io.carepulse.content;

import static io.carepulse.content.ContentFixtures.MARKETER;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.consent.ConsentFixtures;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * Scheduling and publishing: checked when scheduled and again when due, each channel posted once
 * however many schedulers race, and a story's consent ending unschedules or retracts it.
 */
class ContentPublishingTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ContentScheduler scheduler;

    @Autowired
    ReactiveMongoTemplate template;

    @Test
    void anApprovedTipIsScheduledAndPublishedWhenDueOnEachChannelOnceEvenWithTwoSchedulersRacing() {
        ContentFixtures.Item item = ContentFixtures.approved(port, ContentFixtures.with(
                ContentFixtures.healthTip(ContentFixtures.title("Scheduled tip")), "variants", List.of(
                        Map.of("channel", "X", "text", "Wash your hands."),
                        Map.of("channel", "FACEBOOK", "text", "Wash your hands for twenty seconds."))));
        Instant publishAt = Instant.now().plus(Duration.ofHours(2));
        Map<String, Object> scheduled = schedule(item, publishAt);
        assertThat(data(scheduled, "scheduleContent.content.status")).isEqualTo("SCHEDULED");
        assertThat(data(scheduled, "scheduleContent.content.publications.1.state")).isEqualTo("PENDING");

        String day = java.time.LocalDate.ofInstant(publishAt, java.time.ZoneOffset.UTC).toString();
        Map<String, Object> calendar = new RawGraphQl(port).post(MARKETER, "contentCalendar",
                Map.of("from", day, "to", day));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = ((List<Map<String, Object>>) data(calendar, "contentCalendar.entries"))
                .stream().filter(e -> e.toString().contains(item.id())).toList();
        assertThat(entries).extracting(e -> e.get("channel") + " " + e.get("state"))
                .containsExactlyInAnyOrder("X PENDING", "FACEBOOK PENDING");
        assertThat(data(calendar, "contentCalendar.cadence").toString()).contains("channel=X").contains("posts=");
        Map<String, Object> publishedOnly = new RawGraphQl(port).post(MARKETER, "contentCalendar",
                Map.of("from", day, "to", day, "filter", Map.of("status", List.of("PUBLISHED"))));
        assertThat(data(publishedOnly, "contentCalendar.entries").toString()).as("filtered by status")
                .doesNotContain(item.id());

        Instant due = publishAt.plusSeconds(1);
        Mono.zip(scheduler.publishDue(due), scheduler.publishDue(due)).block(WAIT);

        Map<String, Object> published = new RawGraphQl(port).post(MARKETER, "contentPublications",
                Map.of("id", item.id()));
        assertThat(data(published, "content.status")).isEqualTo("PUBLISHED");
        assertThat(data(published, "content.publications.0.state")).isEqualTo("PUBLISHED");
        assertThat((String) data(published, "content.publications.0.postId")).startsWith("x-");
        assertThat(data(published, "content.publications.1.state")).isEqualTo("PUBLISHED");
        long posts = template.count(Query.query(Criteria.where("contentId")
                .is(GlobalId.objectId(item.id(), Content.TYPE))), RecordingPublisher.Post.class).block(WAIT);
        assertThat(posts).as("one post per channel").isEqualTo(2);
    }

    @Test
    void schedulingInThePastOrWithALapsedApprovalIsRefused() {
        ContentFixtures.Item item = ContentFixtures.approved(port,
                ContentFixtures.healthTip(ContentFixtures.title("Late tip")));
        Map<String, Object> past = schedule(item, Instant.now().minusSeconds(60));
        assertThat(data(past, "scheduleContent.userErrors.0.field")).isEqualTo(List.of("input", "publishAt"));

        template.updateFirst(Query.query(Criteria.where("_id").is(GlobalId.objectId(item.id(), Content.TYPE))),
                new Update().set("approvedAt", Instant.now().minus(Duration.ofDays(181))), Content.class).block(WAIT);
        Map<String, Object> lapsed = schedule(item, Instant.now().plus(Duration.ofDays(1)));
        assertThat(data(lapsed, "scheduleContent.userErrors.0.code")).isEqualTo("APPROVAL_EXPIRED");
    }

    @Test
    void aStoryIsNotScheduledPastItsConsentAndRevokingThatConsentRetractsThePublishedStory() {
        String patient = "Grace Ofori";
        String expires = java.time.LocalDate.now().plusDays(3).toString();
        ConsentFixtures.Recorded consent = ConsentFixtures.record(port, ConsentFixtures.with(ConsentFixtures.with(
                ConsentFixtures.with(ConsentFixtures.complete(patient), "categories", List.of("NAME", "STORY")),
                "channels", List.of("FACEBOOK")), "expiresOn", expires));
        Map<String, Object> story = ContentFixtures.with(ContentFixtures.with(ContentFixtures.with(
                ContentFixtures.with(ContentFixtures.healthTip(ContentFixtures.title("Grace's story")), "format",
                        "PATIENT_STORY"), "body", patient + " ran her first race after rehab with us."),
                "citations", List.of()), "consentIds", List.of(consent.id()));
        story = ContentFixtures.with(story, "variants", List.of(Map.of("channel", "FACEBOOK", "text", "Grace runs.")));
        ContentFixtures.Item item = ContentFixtures.approved(port, story);

        Map<String, Object> tooLate = schedule(item, Instant.now().plus(Duration.ofDays(10)));
        // Past the consent's expiry nothing covers her name either.
        assertThat(data(tooLate, "scheduleContent.userErrors")).asString().contains("CONSENT_MISSING")
                .contains("active until then");

        Map<String, Object> published = new RawGraphQl(port).post(MARKETER, "publishContent", Map.of("input",
                Map.of("contentId", item.id(), "expectedVersion", item.version())));
        assertThat(data(published, "publishContent.content.status")).as("%s", published).isEqualTo("PUBLISHED");

        new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "revokeConsent", Map.of("input", Map.of(
                "consentId", consent.id(), "receivedAt", Instant.now().toString(), "method", "EMAIL")));
        Map<String, Object> retracted = Mono.defer(() -> Mono.just(new RawGraphQl(port).post(MARKETER,
                        "contentPublications", Map.of("id", item.id()))))
                .filter(body -> "RETRACTED".equals(data(body, "content.status")))
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(200),
                        reactor.core.scheduler.Schedulers.boundedElastic()))
                .block(WAIT);
        assertThat(data(retracted, "content.publications.0.state")).isEqualTo("RETRACTED");
        assertThat((String) data(retracted, "content.takedowns.0.reason")).endsWith("was revoked");
        assertThat(data(retracted, "content.takedowns.0.state")).isEqualTo("OPEN");
        assertThat(takedownTasks(true)).as("on the take-down task list").contains(item.id());

        Map<String, Object> confirmed = new RawGraphQl(port).post(MARKETER, "confirmTakedown", Map.of("input",
                Map.of("contentId", item.id(), "channel", "FACEBOOK")));
        assertThat(data(confirmed, "confirmTakedown.content.takedowns.0.state")).isEqualTo("CONFIRMED");
        assertThat(takedownTasks(true)).as("off the list once confirmed").doesNotContain(item.id());
        assertThat(takedownTasks(false)).contains(item.id());
    }

    /** IDs of the items the contents filter gives for open take-downs (true) or none open (false). */
    private List<String> takedownTasks(boolean open) {
        Map<String, Object> body = new RawGraphQl(port).post(MARKETER, "contents", Map.of("first", 100, "filter",
                Map.of("openTakedowns", open, "status", List.of("RETRACTED"))));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = (List<Map<String, Object>>) data(body, "contents.edges");
        return edges.stream().map(edge -> (String) ((Map<?, ?>) edge.get("node")).get("id")).toList();
    }

    @Test
    void aStoryWhoseConsentEndedAfterSchedulingIsNotPublishedWhenDue() {
        ConsentFixtures.Recorded consent = ConsentFixtures.record(port, ConsentFixtures.with(ConsentFixtures.with(
                ConsentFixtures.complete("Omar Haddad"), "categories", List.of("NAME", "STORY")), "channels",
                List.of("FACEBOOK")));
        Map<String, Object> story = ContentFixtures.with(ContentFixtures.with(ContentFixtures.with(
                ContentFixtures.with(ContentFixtures.healthTip(ContentFixtures.title("Omar's story")), "format",
                        "PATIENT_STORY"), "body", "Omar Haddad is back at work after his surgery."),
                "citations", List.of()), "consentIds", List.of(consent.id()));
        story = ContentFixtures.with(story, "variants", List.of(Map.of("channel", "FACEBOOK", "text", "Omar is back.")));
        ContentFixtures.Item item = ContentFixtures.approved(port, story);
        Instant publishAt = Instant.now().plus(Duration.ofDays(2));
        assertThat(data(schedule(item, publishAt), "scheduleContent.content.status")).isEqualTo("SCHEDULED");

        // The consent ends between scheduling and publication (as its expiry would leave it).
        template.updateFirst(Query.query(Criteria.where("_id").is(GlobalId.objectId(consent.id(),
                io.carepulse.consent.Consent.TYPE))), new Update().set("status", "EXPIRED"),
                io.carepulse.consent.Consent.class).block(WAIT);
        scheduler.publishDue(publishAt.plusSeconds(1)).block(WAIT);

        Map<String, Object> after = new RawGraphQl(port).post(MARKETER, "contentPublications", Map.of("id", item.id()));
        assertThat(data(after, "content.status")).isEqualTo("APPROVED");
        assertThat(data(after, "content.publications.0.state")).isEqualTo("FAILED");
        assertThat((String) data(after, "content.publications.0.reason")).isNotBlank();
        long posts = template.count(Query.query(Criteria.where("contentId")
                .is(GlobalId.objectId(item.id(), Content.TYPE))), RecordingPublisher.Post.class).block(WAIT);
        assertThat(posts).as("nothing published").isZero();
    }

    @Test
    void aPostMissedWhileNoSchedulerRanIsPublishedLateWithANoteOrReportedAsTheOrganisationChooses() {
        ContentFixtures.Item lateTip = ContentFixtures.approved(port,
                ContentFixtures.healthTip(ContentFixtures.title("Missed tip")));
        Instant publishAt = Instant.now().plus(Duration.ofHours(1));
        schedule(lateTip, publishAt);
        scheduler.publishDue(publishAt.plus(Duration.ofHours(3))).block(WAIT);
        Map<String, Object> published = new RawGraphQl(port).post(MARKETER, "contentPublications",
                Map.of("id", lateTip.id()));
        assertThat(data(published, "content.status")).isEqualTo("PUBLISHED");
        assertThat((String) data(published, "content.publications.0.reason"))
                .startsWith("Published 3 hours late: Missed its time (");

        String admin = io.carepulse.support.TestTokens.staff(io.carepulse.support.TestTokens.RIVERSIDE,
                io.carepulse.platform.security.Role.ADMIN);
        setMissedPublications(admin, "REPORT_LATE");
        try {
            ContentFixtures.Item reported = ContentFixtures.approved(port,
                    ContentFixtures.healthTip(ContentFixtures.title("Reported tip")));
            schedule(reported, publishAt);
            // Within the scheduler's own rhythm an item is not missed: this one is only reported once it is late.
            scheduler.publishDue(publishAt.minusSeconds(1)).block(WAIT);
            assertThat(ContentFixtures.status(port, reported)).isEqualTo("SCHEDULED");
            scheduler.publishDue(publishAt.plus(Duration.ofHours(3))).block(WAIT);

            Map<String, Object> after = new RawGraphQl(port).post(MARKETER, "contentPublications",
                    Map.of("id", reported.id()));
            assertThat(data(after, "content.status")).isEqualTo("APPROVED");
            assertThat(data(after, "content.publications.0.state")).isEqualTo("FAILED");
            assertThat((String) data(after, "content.publications.0.reason")).startsWith("Missed its time (")
                    .endsWith("not posted late, as the organisation's setting asks: reschedule or publish now");
            long posts = template.count(Query.query(Criteria.where("contentId")
                    .is(GlobalId.objectId(reported.id(), Content.TYPE))), RecordingPublisher.Post.class).block(WAIT);
            assertThat(posts).as("nothing published late").isZero();
        } finally {
            setMissedPublications(admin, "PUBLISH_LATE");
        }
    }

    private void setMissedPublications(String admin, String choice) {
        Map<String, Object> updated = updateSettings(admin, Map.of("missedPublications", choice),
                "missedPublications");
        assertThat(data(updated, "updateOrganizationSettings.organizationSettings.missedPublications"))
                .as("%s", updated).isEqualTo(choice);
    }

    /** Riverside's settings changed as an ADMIN, at the version they are now; answers the payload with the fields asked. */
    private Map<String, Object> updateSettings(String admin, Map<String, Object> change, String fields) {
        Map<String, Object> settings = new RawGraphQl(port).post(admin, "organizationSettings", Map.of());
        int version = ((Number) data(settings, "organizationSettings.version")).intValue();
        Map<String, Object> input = new java.util.LinkedHashMap<>(change);
        input.put("expectedVersion", version);
        return new RawGraphQl(port).postQuery(admin, "mutation($input: UpdateOrganizationSettingsInput!) { "
                + "updateOrganizationSettings(input: $input) { userErrors { field message } organizationSettings { "
                + fields + " } } }", Map.of("input", input));
    }

    @Test
    void theCalendarCountsEachChannelsPostsPerWeekAgainstTheOrganisationsTarget() {
        String admin = io.carepulse.support.TestTokens.staff(io.carepulse.support.TestTokens.RIVERSIDE,
                io.carepulse.platform.security.Role.ADMIN);
        Map<String, Object> twice = updateSettings(admin, Map.of("postingTargets", List.of(
                Map.of("channel", "X", "postsPerWeek", 3), Map.of("channel", "X", "postsPerWeek", 4))),
                "postingTargets { channel }");
        assertThat(data(twice, "updateOrganizationSettings.userErrors.0.field"))
                .isEqualTo(List.of("input", "postingTargets", "1", "channel"));
        assertThat(data(twice, "updateOrganizationSettings.userErrors.0.message"))
                .isEqualTo("Set one target for X; it is listed twice");

        Map<String, Object> set = updateSettings(admin, Map.of("postingTargets", List.of(
                Map.of("channel", "LINKEDIN", "postsPerWeek", 2))), "postingTargets { channel postsPerWeek }");
        assertThat(data(set, "updateOrganizationSettings.organizationSettings.postingTargets"))
                .isEqualTo(List.of(Map.of("channel", "LINKEDIN", "postsPerWeek", 2)));
        try {
            // A week far ahead, where nothing is scheduled: LinkedIn's target shows with no posts.
            java.time.LocalDate monday = java.time.LocalDate.now().plusYears(3)
                    .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
            Map<String, Object> calendar = new RawGraphQl(port).post(MARKETER, "contentCalendar",
                    Map.of("from", monday.toString(), "to", monday.plusDays(6).toString()));
            assertThat(data(calendar, "contentCalendar.cadence")).isEqualTo(List.of(Map.of("channel", "LINKEDIN",
                    "weekOf", monday.toString(), "posts", 0, "target", 2)));
        } finally {
            updateSettings(admin, Map.of("postingTargets", List.of()), "postingTargets { channel }");
        }
    }

    @Test
    void aPublishedItemIsCorrectedByANewRevisionThatReplacesItOncePublished() {
        ContentFixtures.Item original = ContentFixtures.approved(port, ContentFixtures.healthTip(
                ContentFixtures.title("Corrected tip")));
        Map<String, Object> published = new RawGraphQl(port).post(MARKETER, "publishContent", Map.of("input",
                Map.of("contentId", original.id(), "expectedVersion", original.version())));
        assertThat(data(published, "publishContent.content.status")).isEqualTo("PUBLISHED");
        original = ContentFixtures.now(port, original);

        Map<String, Object> inPlace = new RawGraphQl(port).post(MARKETER, "updateContent", Map.of("input", Map.of(
                "id", original.id(), "expectedVersion", original.version(), "title", "Edited in place")));
        assertThat(data(inPlace, "updateContent.userErrors.0.message"))
                .isEqualTo("A published item is not edited in place: correct it with a new revision");

        Map<String, Object> started = new RawGraphQl(port).post(MARKETER, "correctContent", Map.of("input", Map.of(
                "contentId", original.id(), "expectedVersion", original.version())));
        assertThat(data(started, "correctContent.content.status")).isEqualTo("DRAFT");
        assertThat(data(started, "correctContent.content.correctionOf.id")).isEqualTo(original.id());
        ContentFixtures.Item correction = new ContentFixtures.Item((String) data(started, "correctContent.content.id"),
                1);
        assertThat(data(started, "correctContent.content.correctionOf.corrections"))
                .as("the original leads to its correction").isEqualTo(List.of(Map.of("id", correction.id(),
                        "status", "DRAFT")));
        Map<String, Object> second = new RawGraphQl(port).post(MARKETER, "correctContent", Map.of("input", Map.of(
                "contentId", original.id(), "expectedVersion", original.version())));
        assertThat((String) data(second, "correctContent.userErrors.0.message"))
                .startsWith("A correction of this item is already under way");
        new RawGraphQl(port).post(MARKETER, "updateContent", Map.of("input", Map.of("id", correction.id(),
                "expectedVersion", 1, "body", "Wash your hands for at least twenty seconds, then dry them well.")));
        correction = ContentFixtures.now(port, correction);
        ContentFixtures.submit(port, correction);
        correction = ContentFixtures.now(port, correction);
        ContentFixtures.review(port, ContentFixtures.REVIEWER, correction, "APPROVE", null);
        correction = ContentFixtures.now(port, correction);
        Map<String, Object> replaced = new RawGraphQl(port).post(MARKETER, "publishContent", Map.of("input",
                Map.of("contentId", correction.id(), "expectedVersion", correction.version())));
        assertThat(data(replaced, "publishContent.content.status")).isEqualTo("PUBLISHED");

        Map<String, Object> old = new RawGraphQl(port).post(MARKETER, "contentPublications", Map.of("id", original.id()));
        assertThat(data(old, "content.status")).isEqualTo("RETRACTED");
        assertThat(data(old, "content.takedowns.0.reason")).isEqualTo("Replaced by its correction");
    }

    @Test
    void aCorrectionIsNotPublishedOnceTheItemItCorrectsIsNoLongerPublished() {
        ContentFixtures.Item original = ContentFixtures.approved(port, ContentFixtures.healthTip(
                ContentFixtures.title("Withdrawn tip")));
        new RawGraphQl(port).post(MARKETER, "publishContent", Map.of("input",
                Map.of("contentId", original.id(), "expectedVersion", original.version())));
        original = ContentFixtures.now(port, original);
        Map<String, Object> started = new RawGraphQl(port).post(MARKETER, "correctContent", Map.of("input", Map.of(
                "contentId", original.id(), "expectedVersion", original.version())));
        ContentFixtures.Item correction = new ContentFixtures.Item((String) data(started, "correctContent.content.id"),
                1);
        Map<String, Object> retracted = new RawGraphQl(port).post(MARKETER, "retractContent", Map.of("input", Map.of(
                "contentId", original.id(), "expectedVersion", original.version(), "reason", "Withdrawn")));
        assertThat(data(retracted, "retractContent.userErrors")).isEqualTo(List.of());

        new RawGraphQl(port).post(MARKETER, "updateContent", Map.of("input", Map.of("id", correction.id(),
                "expectedVersion", 1, "body", "Wash your hands for at least twenty seconds, then dry them well.")));
        correction = ContentFixtures.now(port, correction);
        ContentFixtures.submit(port, correction);
        correction = ContentFixtures.now(port, correction);
        ContentFixtures.review(port, ContentFixtures.REVIEWER, correction, "APPROVE", null);
        correction = ContentFixtures.now(port, correction);
        Map<String, Object> refused = new RawGraphQl(port).post(MARKETER, "publishContent", Map.of("input",
                Map.of("contentId", correction.id(), "expectedVersion", correction.version())));
        assertThat(data(refused, "publishContent.userErrors.0.message")).isEqualTo(
                "The item this corrects is no longer published (already replaced or retracted): archive this correction");
        assertThat(ContentFixtures.status(port, correction)).isEqualTo("APPROVED");
    }

    private Map<String, Object> schedule(ContentFixtures.Item item, Instant publishAt) {
        return new RawGraphQl(port).post(MARKETER, "scheduleContent", Map.of("input", Map.of("contentId", item.id(),
                "expectedVersion", item.version(), "publishAt", publishAt.toString())));
    }
}
