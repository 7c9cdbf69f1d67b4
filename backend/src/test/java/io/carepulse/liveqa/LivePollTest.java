package io.carepulse.liveqa;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.GraphQlWsWire;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Live polls: a moderator launches one, participants answer once each, and the counts reach the
 * audience feed and the moderators' events; on the wire, nothing says who answered what.
 */
class LivePollTest extends IntegrationTest {

    private static final String MODERATOR = TestTokens.staff(RIVERSIDE, Role.MODERATOR);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void pollCountsReachTheAudienceAndModeratorsAndNeverSayWhoAnswered() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Poll"), null);
        liveQa.start(RIVERSIDE, session);
        String patricia = liveQa.join(session.joinCode(), "Patricia Quinlan");
        String omar = liveQa.join(session.joinCode(), "Omar Haddad");

        try (GraphQlWsWire audience = GraphQlWsWire.connect(port, omar);
                GraphQlWsWire moderators = GraphQlWsWire.connect(port, MODERATOR)) {
            audience.subscribe("feed", "liveAudienceFeedPolls", Map.of("joinCode", session.joinCode(),
                    "afterSequence", 0));
            moderators.subscribe("events", "liveSessionEventsPolls", Map.of("sessionId", session.id(),
                    "afterSequence", 0));
            Map<String, Object> launched = liveQa.raw().post(MODERATOR, "launchLivePoll", Map.of("input", Map.of(
                    "sessionId", session.id(), "question", "Have you had your flu shot this season?",
                    "options", List.of("Yes", "Not yet", "I don't plan to"))));
            assertThat(data(launched, "launchLivePoll.userErrors")).isEqualTo(List.of());
            String pollId = (String) data(launched, "launchLivePoll.poll.id");
            assertThat(data(launched, "launchLivePoll.poll.options.1")).isEqualTo(Map.of("id", "o2", "label",
                    "Not yet", "votes", 0, "percent", 0.0));

            Map<String, Object> second = liveQa.raw().post(MODERATOR, "launchLivePoll", Map.of("input", Map.of(
                    "sessionId", session.id(), "question", "Another?", "options", List.of("A", "B"))));
            assertThat(data(second, "launchLivePoll.userErrors.0.message"))
                    .isEqualTo("A poll is open in this session: close it before launching another");

            assertThat(answer(liveQa, patricia, pollId, "o1")).isEqualTo(List.of());
            assertThat(answer(liveQa, omar, pollId, "o2")).isEqualTo(List.of());
            assertThat(answer(liveQa, omar, pollId, "o1")).as("one answer per participant")
                    .containsExactly("You have already answered this poll");
            assertThat(answer(liveQa, omar, pollId, "o9")).as("an option that does not exist")
                    .containsExactly("Choose one of the poll's options");

            audience.await(f -> f.contains("\"totalVotes\":2"), WAIT);
            moderators.await(f -> f.contains("\"totalVotes\":2"), WAIT);
            String feed = String.join("\n", audience.frames());
            String events = String.join("\n", moderators.frames());
            assertThat(feed).contains("POLL_CHANGED", "\"label\":\"Yes\",\"votes\":1,\"percent\":50.0");
            assertThat(events).contains("POLL_LAUNCHED", "POLL_UPDATED");
            for (String wire : List.of(feed, events)) {
                assertThat(wire).doesNotContain("Patricia", "Quinlan", "Omar", "Haddad", "participant", "myAnswer");
            }

            Map<String, Object> mine = liveQa.raw().post(omar, "liveAudiencePolls", Map.of());
            assertThat(data(mine, "liveAudience.polls.0.myAnswer")).isEqualTo("o2");
            assertThat(data(mine, "liveAudience.polls.0.totalVotes")).isEqualTo(2);

            Map<String, Object> closed = liveQa.raw().post(MODERATOR, "closeLivePoll",
                    Map.of("input", Map.of("pollId", pollId)));
            assertThat(data(closed, "closeLivePoll.poll.status")).isEqualTo("CLOSED");
            audience.await(f -> f.contains("\"status\":\"CLOSED\""), WAIT);
            String latecomer = liveQa.join(session.joinCode(), null);
            assertThat(answer(liveQa, latecomer, pollId, "o1"))
                    .containsExactly("This poll has closed");
            Map<String, Object> polls = liveQa.raw().post(MODERATOR, "liveSessionPolls", Map.of("id", session.id()));
            assertThat(data(polls, "liveSession.openPoll")).isNull();
            assertThat(data(polls, "liveSession.polls.0.totalVotes")).isEqualTo(2);
        }
    }

    @Test
    void pollsRunOnlyWhileLiveForTheSessionsModeratorsAndCloseWhenTheSessionEnds() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Poll rules"), null);
        Map<String, Object> input = Map.of("sessionId", session.id(), "question", "Ready?",
                "options", List.of("Yes", "No"));
        Map<String, Object> early = liveQa.raw().post(MODERATOR, "launchLivePoll", Map.of("input", input));
        assertThat(data(early, "launchLivePoll.userErrors.0.code")).isEqualTo("INVALID_STATE");
        int version = liveQa.start(RIVERSIDE, session);

        Map<String, Object> marketer = liveQa.raw().post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "launchLivePoll", Map.of("input", input));
        assertThat(io.carepulse.support.RawGraphQl.classifications(marketer)).containsExactly("FORBIDDEN");
        Map<String, Object> bad = liveQa.raw().post(MODERATOR, "launchLivePoll", Map.of("input", Map.of(
                "sessionId", session.id(), "question", " ", "options", List.of("Yes", "yes"))));
        assertThat(data(bad, "launchLivePoll.userErrors").toString()).contains("[input, question]",
                "[input, options, 1]", "Each choice must be different");

        Map<String, Object> launched = liveQa.raw().post(MODERATOR, "launchLivePoll", Map.of("input", input));
        assertThat(data(launched, "launchLivePoll.poll.status")).isEqualTo("OPEN");
        try (GraphQlWsWire moderators = GraphQlWsWire.connect(port, MODERATOR)) {
            moderators.subscribe("events", "liveSessionEventsPolls", Map.of("sessionId", session.id(),
                    "afterSequence", 0));
            liveQa.end(RIVERSIDE, session, version);
            moderators.await(f -> f.contains("POLL_CLOSED"), WAIT);
        }
        Map<String, Object> polls = liveQa.raw().post(MODERATOR, "liveSessionPolls", Map.of("id", session.id()));
        assertThat(data(polls, "liveSession.polls.0.status")).isEqualTo("CLOSED");
        assertThat(data(polls, "liveSession.openPoll")).isNull();
    }

    /** The messages of the answer's user errors: none when it was taken. */
    private static List<Object> answer(LiveQa liveQa, String participant, String pollId, String optionId) {
        Map<String, Object> body = liveQa.raw().post(participant, "answerLivePoll", Map.of("input",
                Map.of("pollId", pollId, "optionId", optionId)));
        return ((List<?>) data(body, "answerLivePoll.userErrors")).stream()
                .map(error -> ((Map<?, ?>) error).get("message")).map(Object.class::cast).toList();
    }
}
