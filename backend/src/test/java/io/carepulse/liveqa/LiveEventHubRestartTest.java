package io.carepulse.liveqa;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.liveqa.events.LiveEventLog;
import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.security.ActingAs;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import java.time.Duration;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/** The instance's event stream keeps its resume token, so a restart skips nothing written meanwhile. */
class LiveEventHubRestartTest extends IntegrationTest {

    @Autowired
    EventHub hub;

    @Test
    void aRestartedHubContinuesFromItsSavedResumeTokenAndMissesNothingWrittenWhileItWasDown() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Restart"), null);
        ObjectId sessionId = GlobalId.objectId(session.id(), "LiveSession");
        String participant = liveQa.join(session.joinCode(), "Pat");
        Mono<LiveEvent> first = live(sessionId);
        first.subscribe();
        liveQa.ask(participant, "Before the restart?");
        assertThat(first.block(Duration.ofSeconds(15)).sequence()).isEqualTo(1);

        hub.stop(); // saves the resume token
        Mono<LiveEvent> whileDown;
        try {
            liveQa.ask(participant, "While the instance was down?");
            // Listening (live only) before the stream is back: only the resumed stream can deliver this event.
            // The stream delivers at least once: resumed from a token saved just before the first event
            // was routed, it may route that one again, which a subscriber from now lets through.
            whileDown = live(sessionId, 1);
            whileDown.subscribe();
        } finally {
            hub.start();
        }
        LiveEvent missed = whileDown.block(Duration.ofSeconds(15));
        assertThat(missed.sequence()).isEqualTo(2);
        assertThat(missed.question().text()).isEqualTo("While the instance was down?");
        assertThat(hub.isRunning()).isTrue();
    }

    private Mono<LiveEvent> live(ObjectId sessionId) {
        return live(sessionId, 0);
    }

    private Mono<LiveEvent> live(ObjectId sessionId, long after) {
        return ActingAs.staff(RIVERSIDE, hub.follow(LiveEventLog.STREAM, sessionId.toHexString(), null))
                .filter(event -> event.sequence() > after).next().map(LiveEvent::of).cache();
    }
}
