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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Asking, screening, moderating and upvoting questions, through the API. */
class LiveQuestionTest extends IntegrationTest {

    private static final String MODERATOR = TestTokens.staff(RIVERSIDE, Role.MODERATOR);

    private LiveQa liveQa;
    private RawGraphQl raw;

    @BeforeEach
    void clients() {
        liveQa = new LiveQa(port);
        raw = liveQa.raw();
    }

    @Test
    void preModeratedQuestionsWaitForApprovalBeforeTheAudienceSeesThem() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Flu Q&A"), null);
        String asker = liveQa.join(session.joinCode(), "Pat");
        String watcher = liveQa.join(session.joinCode(), null);
        String id = liveQa.ask(asker, "Is the flu shot safe during pregnancy?");

        assertThat(data(raw.post(watcher, "liveAudience", Map.of()), "liveAudience.questions")).isEqualTo(List.of());
        Map<String, Object> own = raw.post(asker, "liveAudience", Map.of());
        assertThat(data(own, "liveAudience.myQuestions.0.status")).isEqualTo("PENDING");
        Map<String, Object> staffView = raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", session.id()));
        assertThat(data(staffView, "liveSession.questions.0.askedBy")).isEqualTo("Pat");
        assertThat(data(staffView, "liveSession.questions.0.status")).isEqualTo("PENDING");
        assertThat(data(staffView, "liveSession.questions.0.flags")).isEqualTo(List.of());

        liveQa.moderated(MODERATOR, id, "APPROVE");
        Map<String, Object> audience = raw.post(watcher, "liveAudience", Map.of());
        assertThat(data(audience, "liveAudience.questions.0.text")).isEqualTo("Is the flu shot safe during pregnancy?");
        assertThat(data(audience, "liveAudience.questions.0.status")).isEqualTo("APPROVED");
    }

    @Test
    void inPostModerationCleanQuestionsAppearAtOnceButSuspectedPhiIsHeld() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Post-moderated"),
                Map.of("moderationMode", "POST_MODERATION"));
        String participant = liveQa.join(session.joinCode(), "Pat");
        liveQa.ask(participant, "How long does a cold last in toddlers?");
        String text = "My son was born 3/4/2019, call me at 617-555-0134 about his asthma";
        String flagged = liveQa.ask(participant, text);

        Map<String, Object> audience = raw.post(liveQa.join(session.joinCode(), "Watcher"), "liveAudience", Map.of());
        assertThat((List<?>) data(audience, "liveAudience.questions")).hasSize(1);
        assertThat(audience.toString()).doesNotContain("617-555-0134");

        Map<String, Object> staff = raw.post(MODERATOR, "liveSessionQuestions",
                Map.of("id", session.id(), "status", List.of("PENDING")));
        assertThat(data(staff, "liveSession.questions.0.id")).isEqualTo(flagged);
        assertThat(data(staff, "liveSession.questions.0.flags")).isEqualTo(List.of("PHI_SUSPECTED"));
        assertThat(data(staff, "liveSession.questions.0.allowedActions")).isEqualTo(List.of("REJECT", "EDIT"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) data(staff,
                "liveSession.questions.0.phiFindings");
        assertThat(findings).extracting(f -> f.get("type")).contains("PERSONAL_DATE", "PHONE");
        Map<String, Object> phone = findings.stream().filter(f -> f.get("type").equals("PHONE")).findFirst().orElseThrow();
        assertThat(text.substring((Integer) phone.get("start"), (Integer) phone.get("end"))).isEqualTo("617-555-0134");
    }

    @Test
    void aFlaggedQuestionIsApprovedOnlyAfterAModeratorEditsThePhiOutAndTheOriginalIsKept() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Edit"), null);
        String participant = liveQa.join(session.joinCode(), "Pat");
        String original = "Dr. Ruiz, my MRN is 4471-22, why was my biopsy delayed?";
        String id = liveQa.ask(participant, original);

        Map<String, Object> refused = liveQa.moderate(MODERATOR, id, "APPROVE");
        assertThat(data(refused, "moderateQuestion.userErrors.0.code")).isEqualTo("PHI_SUSPECTED");

        Map<String, Object> edited = raw.post(MODERATOR, "moderateQuestion", Map.of("input", Map.of(
                "questionId", id, "action", "EDIT", "text", "Why might a biopsy result be delayed?")));
        assertThat(data(edited, "moderateQuestion.userErrors")).isEqualTo(List.of());
        assertThat(data(edited, "moderateQuestion.question.flags")).isEqualTo(List.of());
        assertThat(data(edited, "moderateQuestion.question.originalText")).isEqualTo(original);
        assertThat(data(edited, "moderateQuestion.question.status")).isEqualTo("PENDING");

        Map<String, Object> approved = liveQa.moderated(MODERATOR, id, "APPROVE");
        assertThat(data(approved, "moderateQuestion.question.text")).isEqualTo("Why might a biopsy result be delayed?");
        assertThat(data(approved, "moderateQuestion.question.originalText")).isEqualTo(original);
        assertThat(data(raw.post(participant, "liveAudience", Map.of()), "liveAudience.questions.0.text"))
                .isEqualTo("Why might a biopsy result be delayed?");
    }

    @Test
    void editingTheTextAgainScreensItAgain() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Rescreen"), null);
        String id = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "When is the flu clinic open?");
        Map<String, Object> edited = raw.post(MODERATOR, "moderateQuestion", Map.of("input", Map.of(
                "questionId", id, "action", "EDIT", "text", "When is the flu clinic open? Email me at pat@example.com")));
        assertThat(data(edited, "moderateQuestion.question.flags")).isEqualTo(List.of("PHI_SUSPECTED"));
        assertThat(data(liveQa.moderate(MODERATOR, id, "APPROVE"), "moderateQuestion.userErrors.0.code"))
                .isEqualTo("PHI_SUSPECTED");
    }

    @Test
    void profanityIsFlaggedOnlyWhenTheFilterIsOn() {
        LiveQa.Session filtered = liveQa.schedule(RIVERSIDE, unique("Filtered"), null);
        LiveQa.Session unfiltered = liveQa.schedule(RIVERSIDE, unique("Unfiltered"), Map.of("profanityFilter", false));
        liveQa.ask(liveQa.join(filtered.joinCode(), "Pat"), "Why the hell is this shit so expensive?");
        liveQa.ask(liveQa.join(unfiltered.joinCode(), "Pat"), "Why the hell is this shit so expensive?");
        assertThat(data(raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", filtered.id())),
                "liveSession.questions.0.flags")).isEqualTo(List.of("PROFANITY"));
        assertThat(data(raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", unfiltered.id())),
                "liveSession.questions.0.flags")).isEqualTo(List.of());
    }

    @Test
    void oneQuestionIsPinnedAtATime() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Pins"), null);
        String participant = liveQa.join(session.joinCode(), "Pat");
        String first = liveQa.ask(participant, "First question about vaccines");
        String second = liveQa.ask(participant, "Second question about vaccines");
        liveQa.moderated(MODERATOR, first, "APPROVE");
        liveQa.moderated(MODERATOR, second, "APPROVE");

        liveQa.moderated(MODERATOR, first, "PIN");
        Map<String, Object> pinned = liveQa.moderated(MODERATOR, second, "PIN");
        assertThat(data(pinned, "moderateQuestion.question.pinned")).isEqualTo(true);
        Map<String, Object> view = raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", session.id()));
        assertThat(data(view, "liveSession.pinnedQuestion.id")).isEqualTo(second);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = (List<Map<String, Object>>) data(view, "liveSession.questions");
        assertThat(questions).filteredOn(q -> Boolean.TRUE.equals(q.get("pinned"))).extracting(q -> q.get("id"))
                .containsExactly(second);

        liveQa.moderated(MODERATOR, second, "UNPIN");
        assertThat(data(raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", session.id())),
                "liveSession.pinnedQuestion")).isNull();
    }

    @Test
    void answeringRecordsWhoAndWhatAndRestoreUndoesIt() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Answers"), null);
        String id = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Can adults get RSV?");
        liveQa.moderated(MODERATOR, id, "APPROVE");
        Map<String, Object> answered = raw.post(MODERATOR, "moderateQuestion", Map.of("input", Map.of(
                "questionId", id, "action", "MARK_ANSWERED", "answer", "Yes, and older adults are most at risk.")));
        assertThat(data(answered, "moderateQuestion.question.status")).isEqualTo("ANSWERED");
        assertThat(data(answered, "moderateQuestion.question.answer.text"))
                .isEqualTo("Yes, and older adults are most at risk.");
        assertThat(data(answered, "moderateQuestion.question.answer.answeredBy.email"))
                .isEqualTo("moderator@riverside-health.test");
        assertThat(data(answered, "moderateQuestion.question.allowedActions")).isEqualTo(List.of("PIN", "RESTORE"));

        Map<String, Object> restored = liveQa.moderated(MODERATOR, id, "RESTORE");
        assertThat(data(restored, "moderateQuestion.question.status")).isEqualTo("APPROVED");
        assertThat(data(restored, "moderateQuestion.question.answer")).isNull();
    }

    @Test
    void actionsOutsideTheTransitionTableAreRefused() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Refusals"), null);
        String id = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Is zinc good for colds?");
        assertThat(data(liveQa.moderate(MODERATOR, id, "MARK_ANSWERED"), "moderateQuestion.userErrors.0.code"))
                .isEqualTo("INVALID_STATE");
        assertThat(data(liveQa.moderate(MODERATOR, id, "PIN"), "moderateQuestion.userErrors.0.code"))
                .isEqualTo("INVALID_STATE");
        liveQa.moderated(MODERATOR, id, "REJECT");
        Map<String, Object> again = liveQa.moderate(MODERATOR, id, "APPROVE");
        assertThat(data(again, "moderateQuestion.userErrors.0.code")).isEqualTo("INVALID_STATE");
        assertThat(data(again, "moderateQuestion.userErrors.0.field")).isEqualTo(List.of("input", "action"));
        Map<String, Object> blankEdit = raw.post(MODERATOR, "moderateQuestion", Map.of("input", Map.of(
                "questionId", liveQa.ask(liveQa.join(session.joinCode(), "Al"), "Another one?"), "action", "EDIT",
                "text", "  ")));
        assertThat(data(blankEdit, "moderateQuestion.userErrors.0.code")).isEqualTo("REQUIRED");
        assertThat(data(blankEdit, "moderateQuestion.userErrors.0.field")).isEqualTo(List.of("input", "text"));
    }

    @Test
    void fiftyConcurrentUpvotesByOneParticipantCountOnce() throws Exception {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Upvotes"), null);
        String id = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Should kids get the flu vaccine every year?");
        liveQa.moderated(MODERATOR, id, "APPROVE");
        String voter = liveQa.join(session.joinCode(), "Voter");
        String otherVoter = liveQa.join(session.joinCode(), "Other");

        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<CompletableFuture<Map<String, Object>>> calls = IntStream.range(0, 50)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> raw.post(voter, "upvoteQuestion",
                            Map.of("input", Map.of("questionId", id))), pool))
                    .toList();
            for (CompletableFuture<Map<String, Object>> call : calls) {
                assertThat(data(call.get(), "upvoteQuestion.userErrors")).isEqualTo(List.of());
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Object> second = raw.post(otherVoter, "upvoteQuestion", Map.of("input", Map.of("questionId", id)));
        assertThat(data(second, "upvoteQuestion.question.upvoteCount")).isEqualTo(2);
        Map<String, Object> audience = raw.post(voter, "liveAudience", Map.of());
        assertThat(data(audience, "liveAudience.questions.0.upvoteCount")).isEqualTo(2);
        assertThat(data(audience, "liveAudience.myUpvotes")).isEqualTo(List.of(id));

        Map<String, Object> withdrawn = raw.post(voter, "withdrawUpvote", Map.of("input", Map.of("questionId", id)));
        assertThat(data(withdrawn, "withdrawUpvote.question.upvoteCount")).isEqualTo(1);
        Map<String, Object> twice = raw.post(voter, "withdrawUpvote", Map.of("input", Map.of("questionId", id)));
        assertThat(data(twice, "withdrawUpvote.question.upvoteCount")).isEqualTo(1);
    }

    @Test
    void pendingQuestionsAndQuestionsOfAnotherSessionCannotBeUpvoted() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Hidden"), null);
        LiveQa.Session other = liveQa.schedule(RIVERSIDE, unique("Other session"), null);
        String pending = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Pending question?");
        String elsewhere = liveQa.ask(liveQa.join(other.joinCode(), "Pat"), "Question in the other session?");
        liveQa.moderated(MODERATOR, elsewhere, "APPROVE");
        String voter = liveQa.join(session.joinCode(), "Voter");
        for (String id : List.of(pending, elsewhere)) {
            Map<String, Object> body = raw.post(voter, "upvoteQuestion", Map.of("input", Map.of("questionId", id)));
            assertThat(data(body, "upvoteQuestion.question")).isNull();
            assertThat(data(body, "upvoteQuestion.userErrors.0.code")).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void aParticipantMayAskThreeQuestionsAMinuteThenIsToldWhenToRetry() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Rate"), null);
        String participant = liveQa.join(session.joinCode(), "Pat");
        for (int i = 1; i <= 3; i++) {
            liveQa.ask(participant, "Question number " + "one two three".split(" ")[i - 1] + " about allergies");
        }
        Map<String, Object> limited = raw.post(participant, "askQuestion",
                Map.of("input", Map.of("text", "A fourth question about allergies")));
        assertThat(data(limited, "askQuestion.question")).isNull();
        assertThat(data(limited, "askQuestion.userErrors.0.code")).isEqualTo("RATE_LIMITED");
        assertThat((Integer) data(limited, "askQuestion.retryAfterSeconds")).isBetween(1, 60);
        // Another participant is not affected.
        liveQa.ask(liveQa.join(session.joinCode(), "Al"), "A question from someone else");
    }

    @Test
    void badQuestionsAreRefusedNamingTheField() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Bad input"),
                Map.of("anonymousQuestionsAllowed", false));
        String participant = liveQa.join(session.joinCode(), "Pat");
        Map<String, Object> empty = raw.post(participant, "askQuestion", Map.of("input", Map.of("text", "   ")));
        assertThat(data(empty, "askQuestion.userErrors.0.code")).isEqualTo("REQUIRED");
        assertThat(data(empty, "askQuestion.userErrors.0.field")).isEqualTo(List.of("input", "text"));
        Map<String, Object> huge = raw.post(participant, "askQuestion", Map.of("input", Map.of("text", "a".repeat(10_000))));
        assertThat(data(huge, "askQuestion.userErrors.0.code")).isEqualTo("TOO_LONG");
        assertThat(data(huge, "askQuestion.userErrors.0.message")).isEqualTo("Your question must be at most 500 characters");
        Map<String, Object> anonymous = raw.post(participant, "askQuestion",
                Map.of("input", Map.of("text", "Anonymous please", "anonymous", true)));
        assertThat(data(anonymous, "askQuestion.userErrors.0.field")).isEqualTo(List.of("input", "anonymous"));
        String nameless = liveQa.join(session.joinCode(), null);
        Map<String, Object> noName = raw.post(nameless, "askQuestion", Map.of("input", Map.of("text", "Hello?")));
        assertThat(data(noName, "askQuestion.userErrors.0.field")).isEqualTo(List.of("input", "anonymous"));
        // Nothing was half-written: the session still has no question.
        assertThat(data(raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", session.id())),
                "liveSession.questions")).isEqualTo(List.of());
    }

    @Test
    void anAnonymousQuestionCarriesNoName() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Anonymous"), null);
        String participant = liveQa.join(session.joinCode(), "Pat Smith");
        Map<String, Object> asked = raw.post(participant, "askQuestion",
                Map.of("input", Map.of("text", "Is this rash contagious?", "anonymous", true)));
        assertThat(data(asked, "askQuestion.question.anonymous")).isEqualTo(true);
        Map<String, Object> staff = raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", session.id()));
        assertThat(data(staff, "liveSession.questions.0.askedBy")).isNull();
        assertThat(data(staff, "liveSession.questions.0.anonymous")).isEqualTo(true);
    }

    @Test
    void anAnswerThatWouldTellTheAudienceSomeonesDetailsIsRefused() {
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Screened answers"), null);
        String id = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "When do flu clinics open?");
        liveQa.moderated(MODERATOR, id, "APPROVE");
        Map<String, Object> refused = raw.post(MODERATOR, "moderateQuestion", Map.of("input", Map.of(
                "questionId", id, "action", "MARK_ANSWERED",
                "answer", "Mary Jones, your MRN 00123456 is booked: call 617-555-0134")));
        assertThat(data(refused, "moderateQuestion.question")).isNull();
        assertThat(data(refused, "moderateQuestion.userErrors.0.code")).isEqualTo("PHI_SUSPECTED");
        assertThat(data(refused, "moderateQuestion.userErrors.0.field")).isEqualTo(List.of("input", "answer"));
        Map<String, Object> view = raw.post(MODERATOR, "liveSessionQuestions", Map.of("id", session.id()));
        assertThat(data(view, "liveSession.questions.0.status")).isEqualTo("APPROVED");

        Map<String, Object> answered = liveQa.moderated(MODERATOR, id, "MARK_ANSWERED");
        assertThat(data(answered, "moderateQuestion.question.status")).isEqualTo("ANSWERED");
    }
}
