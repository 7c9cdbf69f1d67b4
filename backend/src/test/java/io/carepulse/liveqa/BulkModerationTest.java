package io.carepulse.liveqa;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Approving or rejecting several questions at once, as a moderator clearing a queue does. */
class BulkModerationTest extends IntegrationTest {

    private static final String MODERATOR = TestTokens.staff(RIVERSIDE, Role.MODERATOR);
    private static final String NO_SUCH_QUESTION = io.carepulse.platform.graphql.GlobalId.encode("LiveQuestion",
            new org.bson.types.ObjectId());

    private LiveQa liveQa;
    private RawGraphQl raw;

    @BeforeEach
    void clients() {
        liveQa = new LiveQa(port);
        raw = liveQa.raw();
    }

    @Test
    void eachQuestionIsApprovedOnItsOwnAndThoseThatCannotBeAreNamedByPosition() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Bulk"), null);
        String participant = liveQa.join(session.joinCode(), "Pat");
        String first = liveQa.ask(participant, "Does the flu shot protect against COVID?");
        String second = liveQa.ask(participant, "How long does the flu shot last?");
        String flagged = liveQa.ask(participant, "I'm Maria Lopez, DOB 04/12/1961, can I have it?");

        Map<String, Object> body = raw.post(MODERATOR, "moderateQuestions", Map.of("input", Map.of(
                "questionIds", List.of(first, second, flagged, NO_SUCH_QUESTION), "action", "APPROVE")));

        assertThat(data(body, "moderateQuestions.questions.0.status")).isEqualTo("APPROVED");
        assertThat(data(body, "moderateQuestions.questions.1.status")).isEqualTo("APPROVED");
        assertThat(data(body, "moderateQuestions.questions.2")).isNull();
        assertThat(data(body, "moderateQuestions.questions.3")).isNull();
        assertThat(data(body, "moderateQuestions.userErrors.0.field"))
                .isEqualTo(List.of("input", "questionIds", "2"));
        assertThat(data(body, "moderateQuestions.userErrors.0.code")).isEqualTo("PHI_SUSPECTED");
        assertThat(data(body, "moderateQuestions.userErrors.1.field"))
                .isEqualTo(List.of("input", "questionIds", "3"));
        assertThat(data(body, "moderateQuestions.userErrors.1.code")).isEqualTo("NOT_FOUND");
        assertThat((List<?>) data(raw.post(participant, "liveAudience", Map.of()), "liveAudience.questions"))
                .hasSize(2);

        Map<String, Object> log = raw.post(TestTokens.staff(RIVERSIDE, Role.COMPLIANCE_OFFICER), "auditLog",
                Map.of("first", 1, "filter", Map.of("action", "moderateQuestions")));
        assertThat(data(log, "auditLog.edges.0.node.targetId")).isEqualTo(session.id());
    }

    @Test
    void onlyApproveAndRejectOfOneToAHundredQuestionsAreTaken() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Bulk limits"), null);
        String id = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Is there a shot for under-fives?");
        Map<String, Object> pin = raw.post(MODERATOR, "moderateQuestions", Map.of("input", Map.of(
                "questionIds", List.of(id), "action", "PIN")));
        assertThat(data(pin, "moderateQuestions.userErrors.0.field")).isEqualTo(List.of("input", "action"));
        Map<String, Object> many = raw.post(MODERATOR, "moderateQuestions", Map.of("input", Map.of(
                "questionIds", Collections.nCopies(101, id), "action", "REJECT")));
        assertThat(data(many, "moderateQuestions.userErrors.0.field")).isEqualTo(List.of("input", "questionIds"));
        assertThat(data(many, "moderateQuestions.userErrors.0.code")).isEqualTo("INVALID");
        Map<String, Object> none = raw.post(MODERATOR, "moderateQuestions", Map.of("input", Map.of(
                "questionIds", List.of(), "action", "REJECT")));
        assertThat(data(none, "moderateQuestions.userErrors.0.field")).isEqualTo(List.of("input", "questionIds"));
        Map<String, Object> read = raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", session.id()));
        assertThat(data(read, "liveSession.questions.0.status")).isEqualTo("PENDING");
    }

    @Test
    void questionsOfAnotherSessionAreRefusedOneByOne() {
        LiveQa.Session one = liveQa.schedule(RIVERSIDE, unique("Bulk one"), null);
        LiveQa.Session other = liveQa.schedule(RIVERSIDE, unique("Bulk other"), null);
        String mine = liveQa.ask(liveQa.join(one.joinCode(), "Pat"), "Is the shot free at the pharmacy?");
        String theirs = liveQa.ask(liveQa.join(other.joinCode(), "Al"), "Do I need an appointment?");
        Map<String, Object> body = raw.post(MODERATOR, "moderateQuestions", Map.of("input", Map.of(
                "questionIds", List.of(mine, theirs), "action", "REJECT")));
        assertThat(data(body, "moderateQuestions.questions.0.status")).isEqualTo("REJECTED");
        assertThat(data(body, "moderateQuestions.questions.1")).isNull();
        assertThat(data(body, "moderateQuestions.userErrors.0.field")).isEqualTo(List.of("input", "questionIds", "1"));
    }
}
