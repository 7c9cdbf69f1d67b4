package io.carepulse.liveqa;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rejected questions are listed, and restored to the queue while the session is live. */
class RejectedQuestionsTest extends IntegrationTest {

    private static final String MODERATOR = TestTokens.staff(RIVERSIDE, Role.MODERATOR);

    private LiveQa liveQa;
    private RawGraphQl raw;

    @BeforeEach
    void clients() {
        liveQa = new LiveQa(port);
        raw = liveQa.raw();
    }

    @Test
    void aRejectedQuestionOfALiveSessionGoesBackToPendingScreenedAgainWithItsFlagsKept() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Restore"), null);
        liveQa.start(RIVERSIDE, session);
        String participant = liveQa.join(session.joinCode(), "Maria");
        String flagged = liveQa.ask(participant, "I'm Maria Lopez, DOB 04/12/1961, is the high-dose shot for me?");
        String clean = liveQa.ask(participant, "Is the high-dose shot better for older adults?");
        liveQa.moderated(MODERATOR, flagged, "REJECT");
        liveQa.moderated(MODERATOR, clean, "REJECT");

        Map<String, Object> rejected = raw.post(MODERATOR, "liveSessionQuestions",
                Map.of("id", session.id(), "status", List.of("REJECTED")));
        assertThat((List<?>) data(rejected, "liveSession.questions")).hasSize(2);
        assertThat(data(rejected, "liveSession.questions.0.allowedActions")).isEqualTo(List.of("RESTORE"));
        assertThat(data(rejected, "liveSession.questionCounts"))
                .isEqualTo(Map.of("pending", 0, "approved", 0, "answered", 0, "rejected", 2));

        Map<String, Object> restored = liveQa.moderated(MODERATOR, flagged, "RESTORE");
        assertThat(data(restored, "moderateQuestion.question.status")).isEqualTo("PENDING");
        assertThat(data(restored, "moderateQuestion.question.flags")).isEqualTo(List.of("PHI_SUSPECTED"));
        assertThat((List<?>) data(restored, "moderateQuestion.question.phiFindings")).isNotEmpty();
        assertThat(data(restored, "moderateQuestion.question.allowedActions")).isEqualTo(List.of("REJECT", "EDIT"));
        Map<String, Object> undone = liveQa.moderated(MODERATOR, clean, "RESTORE");
        assertThat(data(undone, "moderateQuestion.question.allowedActions"))
                .isEqualTo(List.of("APPROVE", "REJECT", "EDIT"));

        // Back in the queue, not in front of the audience: a moderator decides again.
        assertThat(data(raw.post(participant, "liveAudience", Map.of()), "liveAudience.questions"))
                .isEqualTo(List.of());
        Map<String, Object> counts = raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", session.id()));
        assertThat(data(counts, "liveSession.questionCounts"))
                .isEqualTo(Map.of("pending", 2, "approved", 0, "answered", 0, "rejected", 0));
    }

    @Test
    void aRejectionIsFinalOutsideALiveSession() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Not live"), null);
        String id = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Can I get the shot with a cold?");
        Map<String, Object> rejected = liveQa.moderated(MODERATOR, id, "REJECT");
        assertThat(data(rejected, "moderateQuestion.question.allowedActions")).isEqualTo(List.of());

        Map<String, Object> restore = liveQa.moderate(MODERATOR, id, "RESTORE");
        assertThat(data(restore, "moderateQuestion.userErrors.0.code")).isEqualTo("INVALID_STATE");
        assertThat(data(restore, "moderateQuestion.userErrors.0.field")).isEqualTo(List.of("input", "action"));

        int version = liveQa.start(RIVERSIDE, session);
        liveQa.end(RIVERSIDE, session, version);
        assertThat(data(liveQa.moderate(MODERATOR, id, "RESTORE"), "moderateQuestion.userErrors.0.code"))
                .isEqualTo("INVALID_STATE");
    }

    @Test
    void eachQuestionKnowsItsSession() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Parent"), null);
        liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Is the nasal spray for adults too?");
        Map<String, Object> read = raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", session.id()));
        assertThat(data(read, "liveSession.questions.0.session.id")).isEqualTo(session.id());
    }
}
