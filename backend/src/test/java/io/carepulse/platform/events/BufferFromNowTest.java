package io.carepulse.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.graphql.SlowSubscriberException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class BufferFromNowTest {

    private static final int BOUND = 64;
    private static final String RESUME = "subscribe again with afterSequence";

    @Test
    void liveItemsThatArriveDuringTheReplayFollowIt() {
        Sinks.Many<Integer> hot = Sinks.many().multicast().directBestEffort();
        Sinks.Many<Integer> replay = Sinks.many().unicast().onBackpressureBuffer();
        StepVerifier.create(BufferFromNow.replayThen(replay.asFlux(), hot.asFlux(), BOUND, RESUME))
                .then(() -> {
                    replay.tryEmitNext(1);
                    hot.tryEmitNext(3); // arrives while the replay is still being read
                    replay.tryEmitNext(2);
                    replay.tryEmitComplete();
                    hot.tryEmitNext(4);
                })
                .expectNext(1, 2, 3, 4)
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void aReaderThatLeavesDuringTheReplayLetsGoOfTheLiveStream() {
        Sinks.Many<Integer> hot = Sinks.many().multicast().directBestEffort();
        Disposable reader = BufferFromNow.replayThen(Flux.<Integer>never(), hot.asFlux(), BOUND, RESUME).subscribe();
        assertThat(hot.currentSubscriberCount()).isEqualTo(1);
        reader.dispose();
        assertThat(hot.currentSubscriberCount()).isZero();
    }

    @Test
    void aReaderThatFallsTooFarBehindGetsWhatWasBufferedThenIsToldToResume() {
        Sinks.Many<Integer> hot = Sinks.many().multicast().directBestEffort();
        StepVerifier.create(BufferFromNow.replayThen(Flux.<Integer>empty(), hot.asFlux(), BOUND, RESUME), 0)
                .then(() -> {
                    for (int i = 0; i <= BOUND; i++) {
                        hot.tryEmitNext(i);
                    }
                })
                .thenRequest(Long.MAX_VALUE)
                .expectNextCount(BOUND)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(SlowSubscriberException.class)
                        .hasMessageContaining("afterSequence"))
                .verify(Duration.ofSeconds(5));
        assertThat(hot.currentSubscriberCount()).isZero();
    }
}
