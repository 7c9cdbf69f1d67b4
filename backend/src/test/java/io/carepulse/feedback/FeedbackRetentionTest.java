package io.carepulse.feedback;

import static io.carepulse.feedback.FeedbackFixtures.MARKETER;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What was written in a resolved, quiet thread is deleted after the organisation's retention; the rest stays. */
class FeedbackRetentionTest extends IntegrationTest {

    @Autowired
    FeedbackRetention retention;

    @Test
    void aResolvedThreadLosesItsTextAfterTheRetentionButKeepsItsFiguresAndAnOpenOneIsKept() {
        Map<String, Object> review = FeedbackFixtures.item("GOOGLE_REVIEW", FeedbackFixtures.externalId("old"),
                "PUBLIC", "My father's MRI was rescheduled three times. Call 951-555-0166.");
        review.put("rating", 2);
        String resolved = FeedbackFixtures.ingest(port, review);
        new RawGraphQl(port).post(MARKETER, "addFeedbackNote", Map.of("input", Map.of("threadId", resolved,
                "text", "Spoke to the family by phone.")));
        new RawGraphQl(port).post(MARKETER, "setFeedbackStatus", Map.of("input", Map.of("threadId", resolved,
                "expectedVersion", FeedbackFixtures.version(port, resolved), "status", "RESOLVED")));
        String open = FeedbackFixtures.ingest(port, FeedbackFixtures.item("EMAIL", FeedbackFixtures.externalId("open"),
                "PRIVATE", "Still waiting on my records request."));

        retention.purgeDue(Instant.now().plus(Duration.ofDays(300))).collectList().block(Duration.ofSeconds(30));
        assertThat(text(resolved)).as("within the year").startsWith("My father's MRI");

        retention.purgeDue(Instant.now().plus(Duration.ofDays(366))).collectList().block(Duration.ofSeconds(30));
        Map<String, Object> purged = new RawGraphQl(port).post(MARKETER, "feedbackThread", Map.of("id", resolved));
        assertThat(data(purged, "feedbackThread.messages.0.text")).isEqualTo("");
        assertThat(data(purged, "feedbackThread.messages.0.phiFindings")).isEqualTo(List.of());
        assertThat(data(purged, "feedbackThread.notes.0.text")).isEqualTo("");
        assertThat(data(purged, "feedbackThread.authorName")).isNull();
        assertThat(data(purged, "feedbackThread.rating")).as("figures stay").isEqualTo(2);
        assertThat(data(purged, "feedbackThread.status")).isEqualTo("RESOLVED");
        assertThat(text(open)).as("not resolved: kept").isEqualTo("Still waiting on my records request.");
    }

    private String text(String threadId) {
        return (String) data(new RawGraphQl(port).post(MARKETER, "feedbackThread", Map.of("id", threadId)),
                "feedbackThread.messages.0.text");
    }
}
