package io.carepulse.liveqa;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The instance's event stream keeps its resume token, so a restart skips nothing written meanwhile. */
class LiveEventHubRestartTest extends IntegrationTest {

    @Autowired
    LiveEventHub hub;

    @Test
    void aRestartedHubContinuesFromItsSavedResumeTokenAndMissesNothingWrittenWhileItWasDown() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Restart"), null);
        String participant = liveQa.join(session.joinCode(), "Pat");
        long before = hub.routedCount();
        liveQa.ask(participant, "Before the restart?");
        await(() -> hub.routedCount() > before);
        long routed = settled();

        hub.stop(); // saves the resume token
        try {
            liveQa.ask(participant, "While the instance was down?");
        } finally {
            hub.start();
        }
        await(() -> hub.routedCount() > routed);
        assertThat(hub.isRunning()).isTrue();
    }

    /** The routed count once it has stopped moving (events of earlier tests may still arrive). */
    private long settled() {
        long previous = -1;
        long current = hub.routedCount();
        while (current != previous) {
            sleep(300);
            previous = current;
            current = hub.routedCount();
        }
        return current;
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 15 s").isLessThan(deadline);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
