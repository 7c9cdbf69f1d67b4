package io.carepulse.liveqa;

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
}
