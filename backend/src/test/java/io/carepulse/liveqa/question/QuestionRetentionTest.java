package io.carepulse.liveqa.question;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.events.LiveEventLog;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.mongo.JobLeases;
import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** What participants wrote is kept only as long as the organisation's retention period. */
class QuestionRetentionTest extends IntegrationTest {

    private static final String ADMIN = TestTokens.staff(RIVERSIDE, Role.ADMIN);

    @Autowired
    QuestionRetention retention;

    @Autowired
    JobLeases leases;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aMonthAfterASessionEndsRejectedTextOriginalWordingNamesAndEventCopiesArePurged() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Retained"), null);
        String pat = liveQa.join(session.joinCode(), "Pat Jones");
        String rejected = liveQa.ask(pat, "This one gets rejected: my MRN is 00123456");
        String edited = liveQa.ask(pat, "Call me at 617-555-0134 about the flu shot?");
        String approved = liveQa.ask(pat, "Is the flu shot safe for toddlers?");
        liveQa.moderated(ADMIN, rejected, "REJECT");
        liveQa.raw().post(ADMIN, "moderateQuestion", Map.of("input", Map.of("questionId", edited, "action", "EDIT",
                "text", "Should I get the flu shot?")));
        liveQa.moderated(ADMIN, edited, "APPROVE");
        liveQa.moderated(ADMIN, approved, "APPROVE");
        int version = liveQa.start(RIVERSIDE, session);
        liveQa.raw().post(ADMIN, "endLiveSession", Map.of("input", Map.of("id", session.id(),
                "expectedVersion", version)));

        // Within the retention period nothing is touched.
        retention.runOnce().block(Duration.ofSeconds(30));
        assertThat(questions(liveQa, session)).extracting(q -> q.get("text")).doesNotContainNull();

        endedDaysAgo(session, 31);
        retention.runOnce().block(Duration.ofSeconds(30));

        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        questions(liveQa, session).forEach(q -> byId.put((String) q.get("id"), q));
        assertThat(byId.get(rejected).get("text")).isNull();
        assertThat(byId.get(rejected).get("status")).isEqualTo("REJECTED");
        assertThat(byId.get(edited).get("originalText")).isNull();
        assertThat(byId.get(edited).get("text")).isEqualTo("Should I get the flu shot?");
        assertThat(byId.get(approved).get("text")).isEqualTo("Is the flu shot safe for toddlers?");
        assertThat(byId.values()).allSatisfy(q -> assertThat(q.get("askedBy")).isNull());

        List<Document> events = mongo.find(Query.query(Criteria.where("stream").is(LiveEventLog.STREAM.name())
                        .and("key").is(objectId(session.id()).toHexString())), Document.class, "events")
                .collectList().block(Duration.ofSeconds(10));
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            Document question = event.get("payload", Document.class).get("question", Document.class);
            if (question != null) {
                assertThat(question).doesNotContainKeys("text", "originalText", "askedBy");
            }
        });
        assertThat(events.toString()).doesNotContain("00123456", "617-555-0134", "Pat Jones");
    }

    @Test
    void ofSeveralInstancesOneRunsTheJobAtATime() {
        String job = unique("lease-test");
        assertThat(leases.take(job, Duration.ofMinutes(5)).block()).isTrue();
        assertThat(leases.take(job, Duration.ofMinutes(5)).block()).as("while held").isFalse();
        leases.release(job).block();
        assertThat(leases.take(job, Duration.ofMinutes(5)).block()).as("once released").isTrue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> questions(LiveQa liveQa, LiveQa.Session session) {
        Map<String, Object> body = liveQa.raw().post(ADMIN, "liveSessionQuestions", Map.of("id", session.id()));
        assertThat(body.get("errors")).as("%s", body).isNull();
        return (List<Map<String, Object>>) data(body, "liveSession.questions");
    }

    private void endedDaysAgo(LiveQa.Session session, int days) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(objectId(session.id()))),
                new Update().set("endedAt", Instant.now().minus(Duration.ofDays(days))), LiveSession.COLLECTION)
                .block(Duration.ofSeconds(10));
    }

    private static ObjectId objectId(String id) {
        return GlobalId.objectId(id, LiveSession.TYPE);
    }
}
