package io.carepulse.platform.events;

import io.carepulse.platform.graphql.SlowSubscriberException;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * Subscribes to a hot stream at once and keeps what it emits while a replay is read, so a
 * subscriber can first replay the log and then take the live events that arrived meanwhile.
 */
public final class BufferFromNow {

    private BufferFromNow() {
    }

    /**
     * On subscription: starts buffering {@code hot}, then emits {@code replay} followed by what
     * {@code hot} emitted since. The buffer holds at most {@code bound} items; an item the buffer
     * refuses fails the result with {@link SlowSubscriberException} carrying {@code resume} (the
     * reader then resumes from the log by sequence). So a reader that stops reading, over a socket
     * or Server-Sent Events, holds a bounded amount of memory, and one that leaves (or fails)
     * during the replay lets go of the hot stream at once.
     */
    public static <T> Flux<T> replayThen(Flux<T> replay, Flux<T> hot, int bound, String resume) {
        return Flux.defer(() -> {
            Sinks.Many<T> buffer = Sinks.many().unicast().onBackpressureBuffer(Queues.<T>get(bound).get());
            Disposable subscription = hot.subscribe(item -> {
                if (buffer.tryEmitNext(item).isFailure()) {
                    buffer.tryEmitError(new SlowSubscriberException(resume));
                }
            }, buffer::tryEmitError, buffer::tryEmitComplete);
            return Flux.concat(replay, buffer.asFlux()).doFinally(signal -> subscription.dispose());
        });
    }
}
