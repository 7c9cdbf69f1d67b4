package io.carepulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.feedback.FeedbackDay.Mark;
import io.carepulse.feedback.FeedbackThread.Source;
import io.carepulse.platform.events.MarkedCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A day's counts as its threads' figures change, and the median read from them (no Spring). */
class FeedbackDayTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DUE = OPENED.plus(Duration.ofHours(4));

    @Test
    void aChangeMovesTheCountsFromTheThreadsFiguresBeforeToItsFiguresNow() {
        Mark waiting = new Mark(Source.GOOGLE_REVIEW, Status.NEW, OPENED, DUE, null, 0);
        assertThat(MarkedCounts.change(null, waiting)).isEqualTo(Map.of("threads", 1L, "source:GOOGLE_REVIEW", 1L,
                "unresolved:GOOGLE_REVIEW", 1L, "status:NEW", 1L, "waiting", 1L));
        Mark lateReply = new Mark(Source.GOOGLE_REVIEW, Status.AWAITING_PATIENT, OPENED, DUE,
                OPENED.plus(Duration.ofMinutes(302)), 1);
        assertThat(MarkedCounts.change(waiting, lateReply)).as("5 h 2 min: the span from 300 minutes, late")
                .isEqualTo(Map.of("status:NEW", -1L, "status:AWAITING_PATIENT", 1L, "waiting", -1L, "responded", 1L,
                        "late", 1L, "reply:300", 1L));
        Mark resolved = new Mark(Source.GOOGLE_REVIEW, Status.RESOLVED, OPENED, DUE, lateReply.respondedAt(), 2);
        assertThat(MarkedCounts.change(lateReply, resolved)).isEqualTo(Map.of("status:AWAITING_PATIENT", -1L,
                "status:RESOLVED", 1L, "unresolved:GOOGLE_REVIEW", -1L));
        assertThat(MarkedCounts.change(resolved, resolved.revised(3))).as("the same figures").isEmpty();
        assertThat(MarkedCounts.sum(List.of(waiting, resolved))).containsEntry("threads", 2L)
                .containsEntry("unresolved:GOOGLE_REVIEW", 1L).containsEntry("late", 1L);
        assertThat(waiting.waiting()).isTrue();
        assertThat(resolved.waiting()).isFalse();
    }

    @Test
    void repliesAreCountedInSpansAndTheMedianIsTheMiddleOfItsSpan() {
        assertThat(FeedbackDay.replySpan(Duration.ofSeconds(59 * 60 + 59))).isEqualTo(59);
        assertThat(FeedbackDay.replySpan(Duration.ofMinutes(94))).isEqualTo(90);
        assertThat(FeedbackDay.replySpan(Duration.ofMinutes(2_900))).isEqualTo(2_880);
        assertThat(FeedbackDay.replySpan(Duration.ofDays(9).plusHours(3))).isEqualTo(9 * 1440);
        assertThat(FeedbackDay.replySpan(Duration.ofMinutes(-3))).as("a reply dated before the message").isZero();

        Map<String, Long> counts = Map.of("reply:12", 2L, "reply:90", 1L, "responded", 3L);
        assertThat(FeedbackSummaryController.medianMinutes(FeedbackSummaryController.replySpans(counts)))
                .as("the second of three: 12 minutes, the middle of its minute").isEqualTo(12.5);
        Map<String, Long> even = Map.of("reply:90", 1L, "reply:2880", 1L);
        assertThat(FeedbackSummaryController.medianMinutes(FeedbackSummaryController.replySpans(even)))
                .isEqualTo((92.5 + 2895) / 2, org.assertj.core.api.Assertions.within(0.05));
        assertThat(FeedbackSummaryController.medianMinutes(FeedbackSummaryController.replySpans(Map.of()))).isNull();
    }
}
