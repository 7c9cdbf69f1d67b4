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

/** An ended session's public recap: its answered questions, for anyone with the code, when published. */
class LiveSessionRecapTest extends IntegrationTest {

    private static final String MODERATOR = TestTokens.staff(RIVERSIDE, Role.MODERATOR);

    private LiveQa liveQa;
    private RawGraphQl raw;

    @BeforeEach
    void clients() {
        liveQa = new LiveQa(port);
        raw = liveQa.raw();
    }

    @Test
    void anEndedSessionThatPublishesItsRecapShowsOnlyItsAnsweredQuestionsWithoutSignIn() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Recap"), Map.of("publishRecap", true));
        String participant = liveQa.join(session.joinCode(), "Pat");
        String answered = liveQa.ask(participant, "How often should I check my blood pressure?");
        String approved = liveQa.ask(participant, "Is coffee bad for my heart?");
        String pending = liveQa.ask(participant, "Is salt substitute safe?");
        liveQa.moderated(MODERATOR, answered, "APPROVE");
        liveQa.moderated(MODERATOR, approved, "APPROVE");
        Map<String, Object> answer = raw.post(MODERATOR, "moderateQuestion", Map.of("input", Map.of(
                "questionId", answered, "action", "MARK_ANSWERED", "answer", "Twice a day for a week.")));
        assertThat(data(answer, "moderateQuestion.userErrors")).isEqualTo(List.of());
        assertThat(data(raw.post(null, "liveSessionRecap", Map.of("joinCode", session.joinCode())),
                "liveSessionRecap")).as("not before the session ends").isNull();

        liveQa.end(RIVERSIDE, session, liveQa.start(RIVERSIDE, session));

        Map<String, Object> recap = raw.post(null, "liveSessionRecap", Map.of("joinCode", session.joinCode()));
        assertThat(data(recap, "liveSessionRecap.session.status")).isEqualTo("ENDED");
        assertThat(data(recap, "liveSessionRecap.questions")).isEqualTo(List.of(Map.of("id", answered,
                "text", "How often should I check my blood pressure?", "status", "ANSWERED",
                "answerText", "Twice a day for a week.", "upvoteCount", 0)));
        assertThat(recap.toString()).doesNotContain("Pat").doesNotContain(approved).doesNotContain(pending);
    }

    @Test
    void aSessionThatDoesNotPublishItsRecapAnswersLikeAnUnknownCode() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("No recap"), null);
        liveQa.end(RIVERSIDE, session, liveQa.start(RIVERSIDE, session));
        Map<String, Object> closed = raw.post(null, "liveSessionRecap", Map.of("joinCode", session.joinCode()));
        Map<String, Object> unknown = raw.post(null, "liveSessionRecap", Map.of("joinCode", "ZZZZZZZZ"));
        assertThat(closed.get("data")).isEqualTo(unknown.get("data"))
                .isEqualTo(java.util.Collections.singletonMap("liveSessionRecap", null));
        assertThat(closed).doesNotContainKey("errors");
    }
}
