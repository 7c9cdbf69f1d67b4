package io.carepulse.feedback;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The inbox's summary on threads of an organisation of its own: opened by source and standing by
 * status, the median first reply, breaches of the first-response times (late, and still waiting),
 * tone and top themes; kept from the inbox's events and, after its days are lost, rebuilt the same.
 */
class FeedbackSummaryTest extends IntegrationTest {

    @Autowired
    private ReactiveMongoTemplate template;

    @Test
    void theSummaryCountsThreadsByWhenThePatientWroteWithRepliesAgainstTheFirstResponseTimes() {
        String org = "feedback-summary-" + System.nanoTime();
        RawGraphQl raw = new RawGraphQl(port);
        String connector = TestTokens.client(org, "feedback:write");
        String marketer = TestTokens.staff(org, Role.MARKETER);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ingest(raw, connector, "GOOGLE_REVIEW", now.minus(Duration.ofDays(3)),
                "We waited two hours in the waiting room, awful.");
        String late = ingest(raw, connector, "GOOGLE_REVIEW", now.minus(Duration.ofDays(2)),
                "The wait was far too long and nobody told us about the delay.");
        String quick = ingest(raw, connector, "FACEBOOK_COMMENT", now.minus(Duration.ofMinutes(90)),
                "My bill was wrong and the insurance claim was denied.");
        String resolved = ingest(raw, connector, "INSTAGRAM_DM", now.minus(Duration.ofDays(4)),
                "Thank you, the nurses were kind and the visit was lovely!");
        // Before the period: not counted.
        ingest(raw, connector, "GOOGLE_REVIEW", now.minus(Duration.ofDays(40)), "The parking garage was full.");
        reply(raw, marketer, late);
        reply(raw, marketer, quick);
        Map<String, Object> status = raw.post(marketer, "setFeedbackStatus", Map.of("input", Map.of("threadId",
                resolved, "expectedVersion", 1, "status", "RESOLVED")));
        assertThat(data(status, "setFeedbackStatus.userErrors")).as("%s", status).isEqualTo(List.of());

        Instant from = now.minus(Duration.ofDays(5));
        Instant to = now.plus(Duration.ofHours(1));
        String analyst = TestTokens.staff(org, Role.ANALYST);
        Map<String, Object> body = summaryOnce(raw, analyst, from, to, s -> number(s, "threads") == 4
                && number(s, "responded") == 2 && count(s, "byStatus", "status", "RESOLVED") == 1
                && number(s, "messages") == 4);
        Map<String, Object> summary = summary(body);
        assertThat(summary.get("bySource")).isEqualTo(List.of(
                Map.of("source", "GOOGLE_REVIEW", "threads", 2, "unresolved", 2),
                Map.of("source", "FACEBOOK_COMMENT", "threads", 1, "unresolved", 1),
                Map.of("source", "INSTAGRAM_DM", "threads", 1, "unresolved", 0)));
        assertThat(summary.get("byStatus")).isEqualTo(List.of(Map.of("status", "NEW", "threads", 1),
                Map.of("status", "OPEN", "threads", 0), Map.of("status", "AWAITING_PATIENT", "threads", 2),
                Map.of("status", "RESOLVED", "threads", 1), Map.of("status", "ESCALATED", "threads", 0)));
        // Replies after 2 days and 90 minutes (a few seconds more), counted in spans of half an hour and
        // of 5 minutes: (2,895 + 92.5) / 2, where the exact median is 1,485.
        assertThat(((Number) summary.get("medianFirstResponseMinutes")).doubleValue()).isEqualTo(1493.8);
        assertThat(summary.get("slaBreaches")).as("the late reply and the one still waiting").isEqualTo(2);
        assertThat(summary.get("overdue")).as("still waiting past its day").isEqualTo(1);
        assertThat(((Map<?, ?>) summary.get("sentiment")).get("negative")).isEqualTo(3);
        assertThat(((Map<?, ?>) summary.get("sentiment")).get("positive")).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> themes = (List<Map<String, Object>>) summary.get("topThemes");
        assertThat(themes.getFirst()).containsEntry("key", "WAIT_TIMES").containsEntry("count", 2);
        assertThat(themes).extracting(theme -> theme.get("key")).contains("BILLING_AND_INSURANCE")
                .doesNotContain("PARKING_AND_ACCESS");
        assertThat(body.toString()).as("figures only").doesNotContain("Dana", "waited two hours");

        // Over 30 days old, the longest first-response time: still waiting is overdue without reading when it was due.
        Map<String, Object> older = summary(summaryOnce(raw, analyst, now.minus(Duration.ofDays(45)),
                now.minus(Duration.ofDays(35)), s -> number(s, "threads") == 1));
        assertThat(older).containsEntry("overdue", 1).containsEntry("slaBreaches", 1).containsEntry("responded", 0);

        // A dashboard client reads the same figures.
        assertThat(summary(raw.post(TestTokens.client(org, "analytics:read"), "feedbackSummary",
                period(from, to)))).isEqualTo(summary);

        // The days lost, then made again from the threads: the same summary.
        template.remove(Query.query(Criteria.where("organizationId").is(org)), FeedbackDay.COLLECTION)
                .block(Duration.ofSeconds(10));
        assertThat(summary(raw.post(analyst, "feedbackSummary", period(from, to))).get("threads")).isEqualTo(0);
        Map<String, Object> rebuilt = raw.post(TestTokens.staff(org, Role.ADMIN), "rebuildRollups",
                Map.of("input", Map.of("reason", "Feedback summary check")));
        assertThat(data(rebuilt, "rebuildRollups.queued")).as("%s", rebuilt).isEqualTo(true);
        assertThat(summary(raw.post(analyst, "feedbackSummary", period(from, to)))).isEqualTo(summary);
    }

    @Test
    void aPeriodBackwardsOrOverAYearIsRefusedNamingTo() {
        RawGraphQl raw = new RawGraphQl(port);
        String analyst = TestTokens.staff(TestTokens.RIVERSIDE, Role.ANALYST);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Map<String, Object> backwards = raw.post(analyst, "feedbackSummary", period(at, at));
        assertThat(backwards.toString()).contains("The period must end after it starts");
        assertThat(data(backwards, "feedbackSummary")).isNull();
        Map<String, Object> long1 = raw.post(analyst, "feedbackSummary", period(at, at.plus(Duration.ofDays(367))));
        assertThat(long1.toString()).contains("Choose a period of at most a year");
    }

    private static String ingest(RawGraphQl raw, String connector, String source, Instant sentAt, String message) {
        Map<String, Object> item = FeedbackFixtures.item(source, FeedbackFixtures.externalId("summary"), "PUBLIC",
                message);
        item.put("sentAt", sentAt.toString());
        Map<String, Object> body = raw.post(connector, "ingestFeedback", Map.of("input", Map.of("items",
                List.of(item))));
        assertThat(data(body, "ingestFeedback.userErrors")).as("%s", body).isEqualTo(List.of());
        return (String) data(body, "ingestFeedback.results.0.threadId");
    }

    private static void reply(RawGraphQl raw, String marketer, String thread) {
        Map<String, Object> body = raw.post(marketer, "replyToFeedback", Map.of("input", Map.of("threadId", thread,
                "expectedVersion", 1, "text", "Thank you for telling us. We are looking into it today.")));
        assertThat(data(body, "replyToFeedback.userErrors")).as("%s", body).isEqualTo(List.of());
    }

    private static Map<String, Object> period(Instant from, Instant to) {
        return Map.of("from", from.toString(), "to", to.toString());
    }

    /** The summary once the figures the test waits for are in (counted in the background). */
    private static Map<String, Object> summaryOnce(RawGraphQl raw, String token, Instant from, Instant to,
            Predicate<Map<String, Object>> ready) {
        return raw.postUntil(token, "feedbackSummary", period(from, to), body -> summary(body) != null && ready.test(summary(body)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(Map<String, Object> body) {
        return (Map<String, Object>) data(body, "feedbackSummary");
    }

    private static long number(Map<String, Object> summary, String field) {
        return ((Number) summary.get(field)).longValue();
    }

    private static long count(Map<String, Object> summary, String list, String key, String value) {
        return ((List<?>) summary.get(list)).stream().map(Map.class::cast).filter(row -> value.equals(row.get(key)))
                .mapToLong(row -> ((Number) row.get("threads")).longValue()).sum();
    }
}
