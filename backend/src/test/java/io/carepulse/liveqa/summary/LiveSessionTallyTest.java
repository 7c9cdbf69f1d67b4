package io.carepulse.liveqa.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.liveqa.summary.LiveSessionTally.QuestionMark;
import io.carepulse.platform.events.MarkedCounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A session's counts as its questions' marks change (no Spring). */
class LiveSessionTallyTest {

    @Test
    void aQuestionsChangeMovesTheCountsAndAPhiHoldStaysCounted() {
        QuestionMark held = new QuestionMark(QuestionStatus.PENDING, true, 1);
        assertThat(MarkedCounts.change(null, held)).isEqualTo(Map.of("questions", 1L, "status:PENDING", 1L,
                "phi", 1L));
        QuestionMark approved = new QuestionMark(QuestionStatus.APPROVED, true, 2);
        assertThat(MarkedCounts.change(held, approved)).isEqualTo(Map.of("status:PENDING", -1L,
                "status:APPROVED", 1L));
        assertThat(MarkedCounts.change(approved, new QuestionMark(QuestionStatus.APPROVED, true, 3))).isEmpty();
        assertThat(approved.sameAs(new QuestionMark(QuestionStatus.APPROVED, true, 7))).as("whatever the revision")
                .isTrue();
        assertThat(MarkedCounts.sum(List.of(held, new QuestionMark(QuestionStatus.ANSWERED, null, null))))
                .isEqualTo(Map.of("questions", 2L, "status:PENDING", 1L, "status:ANSWERED", 1L, "phi", 1L));
    }

    @Test
    void aSessionsJoinsAreTheLogsOrWhatARebuildCountedWhereMore() {
        LiveSessionTally tally = new LiveSessionTally("o|s", "o", null, null, null, null, 3L, null);
        assertThat(tally.participants()).isEqualTo(3);
        assertThat(new LiveSessionTally("o|s", "o", null, null, null, null, 3L, 150L).participants()).isEqualTo(150);
    }
}
