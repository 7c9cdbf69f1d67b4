package io.carepulse.liveqa.summary;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Live Q&A's summary in an organisation of its own: the sessions that went live, their joins and
 * questions by where moderation left them, the share held for suspected PHI; kept from the
 * sessions' and joins' events and, after its tallies are lost, rebuilt the same.
 */
class LiveQaSummaryTest extends IntegrationTest {

    @Autowired
    private ReactiveMongoTemplate template;

    @Test
    void theSummaryCountsTheSessionsThatWentLiveTheirJoinsAndQuestionsByModeration() {
        String org = "live-summary-" + System.nanoTime();
        LiveQa liveQa = new LiveQa(port);
        RawGraphQl raw = liveQa.raw();
        String moderator = TestTokens.staff(org, Role.MODERATOR);
        LiveQa.Session held = liveQa.schedule(org, "Ask a pediatrician", null);
        String ana = liveQa.join(held.joinCode(), "Ana");
        String anonymous = liveQa.join(held.joinCode(), null);
        String ben = liveQa.join(held.joinCode(), "Ben");
        String bedtime = liveQa.ask(ana, "What is a good bedtime routine for a toddler?");
        String flu = liveQa.ask(anonymous, "Is the flu shot safe during pregnancy?");
        liveQa.ask(ben, "I'm Maria Lopez, DOB 04/12/1961, why won't my plan cover the high-dose shot?");
        String offTopic = liveQa.ask(ben, "Who won the game last night?");
        liveQa.start(org, held);
        liveQa.moderated(moderator, bedtime, "APPROVE");
        liveQa.moderated(moderator, bedtime, "MARK_ANSWERED");
        liveQa.moderated(moderator, flu, "APPROVE");
        liveQa.moderated(moderator, offTopic, "REJECT");
        // Scheduled, never live: its joins and early questions are no session held.
        LiveQa.Session later = liveQa.schedule(org, "Heart health after 50", null);
        liveQa.ask(liveQa.join(later.joinCode(), "Cy"), "How often should I check my blood pressure?");

        Instant from = Instant.now().minus(Duration.ofDays(1));
        Instant to = Instant.now().plus(Duration.ofDays(1));
        String analyst = TestTokens.staff(org, Role.ANALYST);
        Map<String, Object> summary = summary(summaryOnce(raw, analyst, from, to, s -> number(s, "participants") == 3
                && number(s, "answered") == 1 && number(s, "rejected") == 1 && number(s, "approved") == 1));
        assertThat(summary).containsEntry("sessions", 1).containsEntry("questions", 4).containsEntry("pending", 1)
                .containsEntry("phiFlagged", 1).containsEntry("approvalRate", 0.6667)
                .containsEntry("phiFlagRate", 0.25).containsEntry("answeredRate", 0.25);
        Map<String, Object> body = raw.post(analyst, "liveQaSummary", period(from, to));
        assertThat(body.toString()).as("figures only").doesNotContain("Maria", "Ana", "bedtime", "pediatrician");
        assertThat(summary(raw.post(TestTokens.client(org, "analytics:read"), "liveQaSummary", period(from, to))))
                .isEqualTo(summary);

        // The tallies and days lost, then made again from the sessions, questions and participants.
        template.remove(Query.query(Criteria.where("organizationId").is(org)), LiveSessionTally.COLLECTION)
                .then(template.remove(Query.query(Criteria.where("organizationId").is(org)), LiveDay.COLLECTION))
                .block(Duration.ofSeconds(10));
        assertThat(summary(raw.post(analyst, "liveQaSummary", period(from, to)))).containsEntry("sessions", 0);
        Map<String, Object> rebuilt = raw.post(TestTokens.staff(org, Role.ADMIN), "rebuildRollups",
                Map.of("input", Map.of("reason", "Live Q&A summary check")));
        assertThat(data(rebuilt, "rebuildRollups.queued")).as("%s", rebuilt).isEqualTo(true);
        assertThat(summary(raw.post(analyst, "liveQaSummary", period(from, to)))).isEqualTo(summary);

        // A join after the rebuild counts once more.
        liveQa.join(held.joinCode(), "Dee");
        summaryOnce(raw, analyst, from, to, s -> number(s, "participants") == 4);
    }

    @Test
    void aPeriodBackwardsOrOverTwoYearsIsRefused() {
        RawGraphQl raw = new RawGraphQl(port);
        String analyst = TestTokens.staff(TestTokens.RIVERSIDE, Role.ANALYST);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Map<String, Object> backwards = raw.post(analyst, "liveQaSummary", period(at, at));
        assertThat(backwards.toString()).contains("The period must end after it starts");
        assertThat(data(backwards, "liveQaSummary")).isNull();
        assertThat(raw.post(analyst, "liveQaSummary", period(at, at.plus(Duration.ofDays(731)))).toString())
                .as("two years").doesNotContain("at most two years");
        assertThat(raw.post(analyst, "liveQaSummary", period(at, at.plus(Duration.ofDays(733)))).toString())
                .contains("Choose a period of at most two years");
    }

    private static Map<String, Object> period(Instant from, Instant to) {
        return Map.of("from", from.toString(), "to", to.toString());
    }

    /** The summary once the figures the test waits for are in (counted in the background). */
    private static Map<String, Object> summaryOnce(RawGraphQl raw, String token, Instant from, Instant to,
            Predicate<Map<String, Object>> ready) {
        return raw.postUntil(token, "liveQaSummary", period(from, to), body -> summary(body) != null && ready.test(summary(body)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(Map<String, Object> body) {
        return (Map<String, Object>) data(body, "liveQaSummary");
    }

    private static long number(Map<String, Object> summary, String field) {
        return ((Number) summary.get(field)).longValue();
    }
}
