package io.carepulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.feedback.FeedbackThread.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** First-response due times and the overdue flag, on a fixed clock. */
class FeedbackSlaTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void eachPriorityIsDueAfterItsTimeTheOrganisationsWhereItSetOneTheDefaultElsewhere() {
        FeedbackSettings defaults = FeedbackSettings.defaults("riverside");
        assertThat(defaults.dueAt(RECEIVED, Priority.URGENT)).isEqualTo(RECEIVED.plus(Duration.ofHours(1)));
        assertThat(defaults.dueAt(RECEIVED, Priority.LOW)).isEqualTo(RECEIVED.plus(Duration.ofDays(3)));
        FeedbackSettings own = new FeedbackSettings("riverside", "riverside",
                List.of(new FeedbackSettings.FirstResponseTime(Priority.NORMAL, 120)), true, null, RECEIVED, 1);
        assertThat(own.dueAt(RECEIVED, Priority.NORMAL)).isEqualTo(RECEIVED.plus(Duration.ofHours(2)));
        assertThat(own.dueAt(RECEIVED, Priority.HIGH)).as("default kept").isEqualTo(RECEIVED.plus(Duration.ofHours(4)));
    }

    @Test
    void aThreadIsOverdueOnlyPastItsDueTimeWithoutAReplyAndUnresolved() {
        Instant due = RECEIVED.plus(Duration.ofHours(4));
        FeedbackThread waiting = thread(due, null, Status.NEW);
        assertThat(waiting.overdue(due)).as("at the due time").isFalse();
        assertThat(waiting.overdue(due.plusSeconds(1))).isTrue();
        assertThat(thread(due, due.minusSeconds(60), Status.AWAITING_PATIENT).overdue(due.plusSeconds(1)))
                .as("answered in time").isFalse();
        assertThat(thread(due, null, Status.RESOLVED).overdue(due.plusSeconds(1))).as("resolved").isFalse();
    }

    private static FeedbackThread thread(Instant due, Instant responded, Status status) {
        return new FeedbackThread(new ObjectId(), "riverside", FeedbackThread.Source.EMAIL,
                FeedbackThread.Visibility.PRIVATE, "own|x", null, null, null, null, null, null, null, status,
                Priority.HIGH, null, List.of(), due, responded, false, List.of(), List.of(), RECEIVED, RECEIVED,
                RECEIVED, 1);
    }
}
