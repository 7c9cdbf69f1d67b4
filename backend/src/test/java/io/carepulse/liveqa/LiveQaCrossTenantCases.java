package io.carepulse.liveqa;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.LiveQa;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Live Q&A as another organisation tries it: its staff, and a participant of its own session,
 * neither see nor change Riverside's session, questions or audience.
 */
@Component
class LiveQaCrossTenantCases implements CrossTenantCases {

    @Override
    public Prepared prepare(World world) {
        String title = world.unique("Riverside only live session");
        LiveQa liveQa = new LiveQa(world.port());
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, title, null);
        String questionText = "Riverside-only question: is the RSV vaccine safe for toddlers?";
        String questionId = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), questionText);
        liveQa.moderated(TestTokens.staff(RIVERSIDE, Role.MODERATOR), questionId, "APPROVE");
        LiveQa.Session lakesideSession = liveQa.schedule(LAKESIDE, world.unique("Lakeside session"), null);
        String lakesideParticipant = liveQa.join(lakesideSession.joinCode(), "Lee");
        Map<String, Object> sessionVersion = Map.of("id", session.id(), "expectedVersion", 1);
        Map<String, Case> cases = new java.util.HashMap<>();
        cases.put("liveSessions", new Case("liveSessions", Map.of("first", 100),
                body -> assertThat(body.toString()).doesNotContain(title)));
        cases.put("liveSession", new Case("liveSession", Map.of("id", session.id()),
                body -> assertThat(data(body, "liveSession")).isNull()));
        cases.put("createLiveSession", new Case("createLiveSession", Map.of("input", Map.of("title", title,
                "host", Map.of("name", "Dr. Lee"), "scheduledStart", "2099-01-01T10:00:00Z")),
                body -> assertThat(data(body, "createLiveSession.userErrors")).isEqualTo(List.of())));
        cases.put("startLiveSession", new Case("startLiveSession", Map.of("input", sessionVersion),
                body -> notFound(body, "startLiveSession", "id")));
        cases.put("endLiveSession", new Case("endLiveSession", Map.of("input", sessionVersion),
                body -> notFound(body, "endLiveSession", "id")));
        Map<String, Object> rename = new java.util.HashMap<>(sessionVersion);
        rename.put("title", "Hijacked");
        cases.put("updateLiveSession", new Case("updateLiveSession", Map.of("input", rename),
                body -> notFound(body, "updateLiveSession", "id")));
        cases.put("moderateQuestion", new Case("moderateQuestion", Map.of("input", Map.of(
                "questionId", questionId, "action", "REJECT")),
                body -> {
                    assertThat(data(body, "moderateQuestion.question")).isNull();
                    notFound(body, "moderateQuestion", "questionId");
                }));
        cases.put("moderateQuestions", new Case("moderateQuestions", Map.of("input", Map.of(
                "questionIds", List.of(questionId), "action", "REJECT")),
                body -> {
                    assertThat(data(body, "moderateQuestions.questions.0")).isNull();
                    assertThat(data(body, "moderateQuestions.userErrors.0.code")).isEqualTo("NOT_FOUND");
                }));
        // A recap is public, by join code; an ended session of Riverside's that does not publish
        // one answers as an unknown code, whoever asks.
        cases.put("liveSessionRecap", new Case("liveSessionRecap", Map.of("joinCode", session.joinCode()),
                body -> assertThat(data(body, "liveSessionRecap")).isNull()));
        // The join code is a capability: whoever holds it joins, but only as a participant of
        // that one session, never with the caller's staff powers (checked in LiveParticipantTest).
        cases.put("joinLiveSession", new Case("joinLiveSession", Map.of("input", Map.of("joinCode", "ZZZZ" + "ZZZZ")),
                body -> {
                    assertThat(data(body, "joinLiveSession.participantToken")).isNull();
                    assertThat(data(body, "joinLiveSession.userErrors.0.code")).isEqualTo("NOT_FOUND");
                }));
        cases.put("askQuestion", new Case("askQuestion", Map.of("input", Map.of(
                "text", "Lakeside question about flu shots")),
                body -> assertThat(data(body, "askQuestion.userErrors")).isEqualTo(List.of()), lakesideParticipant));
        cases.put("upvoteQuestion", new Case("upvoteQuestion", Map.of("input", Map.of("questionId", questionId)),
                body -> questionNotFound(body, "upvoteQuestion"), lakesideParticipant));
        cases.put("withdrawUpvote", new Case("withdrawUpvote", Map.of("input", Map.of("questionId", questionId)),
                body -> questionNotFound(body, "withdrawUpvote"), lakesideParticipant));
        cases.put("liveAudience", new Case("liveAudience", Map.of(),
                body -> {
                    assertThat(data(body, "liveAudience.session.joinCode")).isNotEqualTo(session.joinCode());
                    assertThat(body.toString()).doesNotContain(questionText).doesNotContain(title);
                }, lakesideParticipant));
        LiveQa.Session polled = liveQa.schedule(RIVERSIDE, world.unique("Riverside poll session"), null);
        liveQa.start(RIVERSIDE, polled);
        Map<String, Object> launched = world.raw().post(TestTokens.staff(RIVERSIDE, Role.MODERATOR), "launchLivePoll",
                Map.of("input", Map.of("sessionId", polled.id(), "question", "Riverside-only poll?",
                        "options", List.of("Yes", "No"))));
        String pollId = (String) data(launched, "launchLivePoll.poll.id");
        cases.put("launchLivePoll", new Case("launchLivePoll", Map.of("input", Map.of("sessionId", polled.id(),
                "question", "Hijacked poll", "options", List.of("A", "B"))),
                body -> notFound(body, "launchLivePoll", "sessionId")));
        cases.put("closeLivePoll", new Case("closeLivePoll", Map.of("input", Map.of("pollId", pollId)),
                body -> notFound(body, "closeLivePoll", "pollId")));
        cases.put("answerLivePoll", new Case("answerLivePoll", Map.of("input", Map.of("pollId", pollId,
                "optionId", "o1")), body -> notFound(body, "answerLivePoll", "pollId"), lakesideParticipant));
        Runnable pollUntouched = () -> {
            Map<String, Object> polls = world.raw().post(TestTokens.staff(RIVERSIDE, Role.MODERATOR),
                    "liveSessionPolls", Map.of("id", polled.id()));
            assertThat(data(polls, "liveSession.polls.0.status")).isEqualTo("OPEN");
            assertThat(data(polls, "liveSession.polls.0.question")).isEqualTo("Riverside-only poll?");
            assertThat((List<?>) data(polls, "liveSession.polls")).hasSize(1);
        };
        // Riverside's started session (and its join, below) is in no summary of Lakeside's, which starts none.
        liveQa.join(polled.joinCode(), "Riverside participant");
        java.time.Instant now = java.time.Instant.now();
        cases.put("liveQaSummary", new Case("liveQaSummary", Map.of("from", now.minusSeconds(86_400).toString(), "to",
                now.plusSeconds(86_400).toString()), body -> {
                    assertThat(data(body, "liveQaSummary.sessions")).isEqualTo(0);
                    assertThat(data(body, "liveQaSummary.participants")).isEqualTo(0);
                }));
        return Prepared.of(cases)
                .withSubscriptions(Map.of(
                        "liveSessionEvents",
                        "io.carepulse.liveqa.LiveQaSubscriptionTest#aModeratorOfAnotherOrganisationCannotFollowTheSession",
                        "liveAudienceFeed",
                        "io.carepulse.liveqa.LiveQaSubscriptionTest#aParticipantCannotFollowAnotherSessionsFeed",
                        "liveSessionChanged",
                        "io.carepulse.liveqa.SessionChangesTest#anotherOrganisationsSessionsNeverArrive"))
                .withNodes(Map.of("LiveSession", session.id(), "LiveQuestion", questionId))
                // The session is moderated by Riverside's test moderator.
                .withRelations(Map.of("LiveSession", Set.of("SESSION_MODERATOR"),
                        "LiveQuestion", Set.of("SESSION_MODERATOR")))
                .withParticipant(liveQa.join(session.joinCode(), "Sam"))
                .untouchedWhen(() -> {
                    pollUntouched.run();
                    Map<String, Object> read = world.raw().post(TestTokens.staff(RIVERSIDE, Role.ANALYST),
                            "liveSession", Map.of("id", session.id()));
                    assertThat(data(read, "liveSession.status")).isEqualTo("SCHEDULED");
                    assertThat(data(read, "liveSession.version")).isEqualTo(1);
                    Map<String, Object> questions = world.raw().post(TestTokens.staff(RIVERSIDE, Role.MODERATOR),
                            "liveSessionQuestions", Map.of("id", session.id()));
                    assertThat(data(questions, "liveSession.questions.0.id")).isEqualTo(questionId);
                    assertThat(data(questions, "liveSession.questions.0.status")).isEqualTo("APPROVED");
                    assertThat(data(questions, "liveSession.questions.0.upvoteCount")).isEqualTo(0);
                    assertThat((List<?>) data(questions, "liveSession.questions")).hasSize(1);
                });
    }

    private static void notFound(Map<String, Object> body, String mutation, String field) {
        assertThat(data(body, mutation + ".userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat(data(body, mutation + ".userErrors.0.field")).isEqualTo(List.of("input", field));
    }

    private static void questionNotFound(Map<String, Object> body, String mutation) {
        assertThat(data(body, mutation + ".question")).isNull();
        notFound(body, mutation, "questionId");
    }
}
