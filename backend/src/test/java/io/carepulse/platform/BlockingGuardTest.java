package io.carepulse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The event-loop guard is live: a blocking call on a non-blocking thread fails instead of stalling. */
class BlockingGuardTest {

    @Test
    void blockingCallOnANonBlockingThreadFails() {
        Mono<String> blocking = Mono.fromCallable(() -> {
            Thread.sleep(10);
            return "slept";
        }).subscribeOn(Schedulers.parallel());
        StepVerifier.create(blocking)
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("Blocking call"))
                .verify(Duration.ofSeconds(5));
    }
}
