package io.carepulse.liveqa;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.platform.subscriptions.SharedExecutions;
import io.carepulse.support.GraphQlWsWire;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audience feed checked on the wire, frame by frame as graphql-transport-ws carries it:
 * pending, rejected and flagged text, flags and identities never travel to participants.
 */
class LiveAudienceFeedWireTest extends IntegrationTest {

    private static final String MODERATOR = TestTokens.staff(RIVERSIDE, Role.MODERATOR);

    @Test
    void theAudienceFeedNeverCarriesPendingRejectedOrFlaggedTextNorAnyonesIdentity() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Wire"), Map.of("questionsPerMinute", 60));
        liveQa.start(RIVERSIDE, session);
        String asker = liveQa.join(session.joinCode(), "Patricia Quinlan");
        String watcher = liveQa.join(session.joinCode(), "Watcher");

        try (GraphQlWsWire wire = GraphQlWsWire.connect(port, watcher)) {
            wire.subscribe("feed", "liveAudienceFeed", Map.of("joinCode", session.joinCode(), "afterSequence", 0));

            liveQa.ask(asker, "Pending secret about my cousin's chemo");
            String rejected = liveQa.ask(asker, "Rejected secret about the clinic staff");
            liveQa.moderated(MODERATOR, rejected, "REJECT");
            String flagged = liveQa.ask(asker, "Call me at 617-555-0134 about my test results");
            liveQa.moderated(MODERATOR, liveQa.ask(asker, "Removed later: is coffee bad for the heart?"), "APPROVE");
            String visible = liveQa.ask(asker, "Visible: how often should adults get a tetanus booster?");
            liveQa.moderated(MODERATOR, visible, "APPROVE");
            liveQa.raw().post(MODERATOR, "moderateQuestion", Map.of("input", Map.of("questionId", flagged,
                    "action", "EDIT", "text", "Edited: how are test results shared with patients?")));
            liveQa.moderated(MODERATOR, flagged, "APPROVE");
            liveQa.moderated(MODERATOR, visible, "MARK_ANSWERED");
            String last = liveQa.ask(asker, "Last marker question about sunscreen");
            liveQa.moderated(MODERATOR, last, "APPROVE");

            wire.await(f -> f.contains("Last marker question"), Duration.ofSeconds(20));
            List<String> frames = wire.frames();
            String all = String.join("\n", frames);
            assertThat(all).contains("Visible: how often should adults get a tetanus booster?",
                    "Edited: how are test results shared with patients?", "QUESTION_SHOWN", "ANSWERED");
            assertThat(all).doesNotContain("Pending secret", "Rejected secret", "617-555-0134", "Call me at",
                    "Patricia", "Quinlan", "PHI_SUSPECTED", "flags", "askedBy", "moderator@", "answeredBy");
            // Every data frame is for our subscription and has only audience fields.
            frames.stream().filter(f -> f.contains("\"next\"")).map(GraphQlWsWire::parse).forEach(frame -> {
                assertThat(frame.get("id")).isEqualTo("feed");
                @SuppressWarnings("unchecked")
                Map<String, Object> event = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                        frame.get("payload")).get("data")).get("liveAudienceFeed");
                assertThat(event.keySet()).containsExactlyInAnyOrder("sequence", "type", "occurredAt",
                        "sessionStatus", "questionId", "question");
            });
        }
    }

    @Test
    void aQuestionTakenDownIsRemovedFromTheFeedWithoutItsText() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Takedown"),
                Map.of("moderationMode", "POST_MODERATION"));
        String asker = liveQa.join(session.joinCode(), "Pat");
        try (GraphQlWsWire wire = GraphQlWsWire.connect(port, liveQa.join(session.joinCode(), "Watcher"))) {
            wire.subscribe("feed", "liveAudienceFeed", Map.of("joinCode", session.joinCode(), "afterSequence", 0));
            String id = liveQa.ask(asker, "Shown at once in post-moderation");
            wire.await(f -> f.contains("Shown at once"), Duration.ofSeconds(20));
            liveQa.moderated(MODERATOR, id, "REJECT");
            String removal = wire.await(f -> f.contains("QUESTION_REMOVED"), Duration.ofSeconds(20));
            assertThat(removal).contains(id).doesNotContain("Shown at once");
        }
    }

    @Test
    void theFeedEndsWhenTheSessionEnds() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Ending"), null);
        int version = liveQa.start(RIVERSIDE, session);
        try (GraphQlWsWire wire = GraphQlWsWire.connect(port, liveQa.join(session.joinCode(), "Watcher"))) {
            wire.subscribe("feed", "liveAudienceFeed", Map.of("joinCode", session.joinCode(), "afterSequence", 0));
            liveQa.raw().post(MODERATOR, "endLiveSession", Map.of("input", Map.of("id", session.id(),
                    "expectedVersion", version)));
            wire.await(f -> f.contains("\"complete\""), Duration.ofSeconds(20));
            assertThat(String.join("\n", wire.frames())).contains("SESSION_CHANGED", "ENDED");
        }
    }

    @Autowired
    SharedExecutions fanOut;

    @Test
    void subscribersOfOneSessionShareOneExecutionAndEachGetsEveryEventOnce() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Shared"), Map.of("questionsPerMinute", 60));
        String asker = liveQa.join(session.joinCode(), "Pat");
        long leadersBefore = fanOut.leadersStarted();
        long writtenBefore = fanOut.membersWritten();
        List<GraphQlWsWire> wires = List.of(GraphQlWsWire.connect(port, liveQa.join(session.joinCode(), "A")),
                GraphQlWsWire.connect(port, liveQa.join(session.joinCode(), "B")),
                GraphQlWsWire.connect(port, liveQa.join(session.joinCode(), null)));
        for (GraphQlWsWire wire : wires) {
            wire.subscribe("feed", "liveAudienceFeed", Map.of("joinCode", session.joinCode(), "afterSequence", 0));
        }
        try {
            List<String> ids = new java.util.ArrayList<>();
            for (String text : List.of("Shared one?", "Shared two?", "Shared three?")) {
                String id = liveQa.ask(asker, text);
                liveQa.moderated(MODERATOR, id, "APPROVE");
                ids.add(id);
            }
            for (GraphQlWsWire wire : wires) {
                wire.await(f -> f.contains("Shared three?"), Duration.ofSeconds(20));
                List<String> shown = wire.frames().stream().filter(f -> f.contains("QUESTION_SHOWN")).toList();
                assertThat(shown).hasSize(3);
                for (int i = 0; i < 3; i++) {
                    assertThat(shown.get(i)).contains(ids.get(i)).contains("\"id\":\"feed\"");
                }
            }
            // One execution served all three subscribers.
            assertThat(fanOut.leadersStarted() - leadersBefore).isEqualTo(1);
            // ...and each member's frames were written to its socket directly.
            assertThat(fanOut.membersWritten() - writtenBefore).isEqualTo(3);
        } finally {
            wires.forEach(GraphQlWsWire::close);
        }
    }

    @Test
    void aParticipantOfAnotherSessionIsRefusedEvenWhileTheSessionsGroupIsLive() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Guarded"), null);
        LiveQa.Session other = liveQa.schedule(RIVERSIDE, unique("Elsewhere"), null);
        try (GraphQlWsWire member = GraphQlWsWire.connect(port, liveQa.join(session.joinCode(), "Member"));
                GraphQlWsWire intruder = GraphQlWsWire.connect(port, liveQa.join(other.joinCode(), "Intruder"))) {
            member.subscribe("feed", "liveAudienceFeed", Map.of("joinCode", session.joinCode(), "afterSequence", 0));
            intruder.subscribe("feed", "liveAudienceFeed", Map.of("joinCode", session.joinCode(), "afterSequence", 0));
            String error = intruder.await(f -> f.contains("\"error\""), Duration.ofSeconds(20));
            assertThat(error).contains("FORBIDDEN");
            String id = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Only for members?");
            liveQa.moderated(MODERATOR, id, "APPROVE");
            member.await(f -> f.contains("Only for members?"), Duration.ofSeconds(20));
            assertThat(String.join("\n", intruder.frames())).doesNotContain("Only for members?");
        }
    }

    @Test
    void anAudienceMemberThatReconnectsGetsWhatItMissedThenLiveEventsWithoutGapOrDuplicate() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Audience resume"), Map.of("questionsPerMinute", 60));
        String asker = liveQa.join(session.joinCode(), "Pat");
        String watcher = liveQa.join(session.joinCode(), "Watcher");
        long last;
        try (GraphQlWsWire first = GraphQlWsWire.connect(port, watcher)) {
            first.subscribe("feed", "liveAudienceFeed", Map.of("joinCode", session.joinCode(), "afterSequence", 0));
            liveQa.moderated(MODERATOR, liveQa.ask(asker, "Before one?"), "APPROVE");
            liveQa.moderated(MODERATOR, liveQa.ask(asker, "Before two?"), "APPROVE");
            String frame = first.await(f -> f.contains("Before two?"), Duration.ofSeconds(20));
            last = sequenceOf(frame);
        }
        liveQa.moderated(MODERATOR, liveQa.ask(asker, "While away?"), "APPROVE");
        try (GraphQlWsWire second = GraphQlWsWire.connect(port, watcher)) {
            second.subscribe("feed", "liveAudienceFeed", Map.of("joinCode", session.joinCode(), "afterSequence", last));
            second.await(f -> f.contains("While away?"), Duration.ofSeconds(20));
            liveQa.moderated(MODERATOR, liveQa.ask(asker, "Live again?"), "APPROVE");
            second.await(f -> f.contains("Live again?"), Duration.ofSeconds(20));
            List<String> next = second.frames().stream().filter(f -> f.contains("\"next\"")).toList();
            assertThat(next).hasSize(2);
            assertThat(next.get(0)).contains("While away?");
            assertThat(next.get(1)).contains("Live again?");
            assertThat(sequenceOf(next.get(0))).isGreaterThan(last);
            assertThat(sequenceOf(next.get(1))).isGreaterThan(sequenceOf(next.get(0)));
        }
    }

    @SuppressWarnings("unchecked")
    private static long sequenceOf(String frame) {
        Map<String, Object> payload = (Map<String, Object>) GraphQlWsWire.parse(frame).get("payload");
        Map<String, Object> event = (Map<String, Object>) ((Map<String, Object>) payload.get("data"))
                .get("liveAudienceFeed");
        return ((Number) event.get("sequence")).longValue();
    }
}
