package io.carepulse.liveqa;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.liveqa.question.ModerationAction;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "PENDING,  PENDING,  false", "PENDING,  APPROVED, true",  "PENDING,  REJECTED, true",
            "PENDING,  ANSWERED, false",
            "APPROVED, PENDING,  false", "APPROVED, APPROVED, false", "APPROVED, REJECTED, true",
            "APPROVED, ANSWERED, true",
            "ANSWERED, PENDING,  false", "ANSWERED, APPROVED, true",  "ANSWERED, REJECTED, false",
            "ANSWERED, ANSWERED, false",
            "REJECTED, PENDING,  true", "REJECTED, APPROVED, false", "REJECTED, REJECTED, false",
            "REJECTED, ANSWERED, false"})
    void transitionTable(QuestionStatus from, QuestionStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} visible to the audience: {1}")
    @CsvSource({"PENDING, false", "APPROVED, true", "REJECTED, false", "ANSWERED, true"})
    void onlyApprovedAndAnsweredQuestionsAreVisibleToTheAudience(QuestionStatus status, boolean visible) {
        assertThat(status.visibleToAudience()).isEqualTo(visible);
    }

    @ParameterizedTest(name = "{0} in a {4} session, flagged {1}, pinned {2}: {3}")
    @CsvSource(delimiter = ';', value = {
            "PENDING;  false; false; APPROVE,REJECT,EDIT;        LIVE",
            "PENDING;  true;  false; REJECT,EDIT;                LIVE",
            "APPROVED; false; false; REJECT,MARK_ANSWERED,PIN;   LIVE",
            "APPROVED; false; true;  REJECT,MARK_ANSWERED,UNPIN; LIVE",
            "ANSWERED; false; false; RESTORE,PIN;                LIVE",
            "ANSWERED; false; true;  RESTORE,UNPIN;              LIVE",
            "REJECTED; false; false; RESTORE;                    LIVE",
            "REJECTED; true;  false; RESTORE;                    LIVE",
            "REJECTED; false; false; '';                         SCHEDULED",
            "REJECTED; false; false; '';                         ENDED"})
    void moderationActionsFollowTheStateAndAFlaggedQuestionCannotBeApproved(QuestionStatus status, boolean flagged,
            boolean pinned, String actions, LiveSessionStatus session) {
        LiveQuestion q = new LiveQuestion(null, "org", null, null, null, true, "text", null, status, 0, null, null,
                flagged ? java.util.List.of(QuestionFlag.PHI_SUSPECTED) : null, null, pinned ? "session" : null, 1,
                null, null);
        Set<ModerationAction> expected = EnumSet.noneOf(ModerationAction.class);
        for (String a : actions.split(",")) {
            if (!a.isBlank()) {
                expected.add(ModerationAction.valueOf(a.strip()));
            }
        }
        assertThat(ModerationAction.allowedOn(q, session)).isEqualTo(expected);
    }
}
