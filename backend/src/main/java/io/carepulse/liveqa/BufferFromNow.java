package io.carepulse.liveqa;

import io.carepulse.platform.graphql.SlowSubscriberException;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * Subscribes to a hot stream at once and keeps what it emits until the result is read, so a
 * subscriber can first replay the log and then take the live events that arrived meanwhile.
 */
final class BufferFromNow {

    private BufferFromNow() {
    }

    /**
     * Buffers {@code hot} from this moment, at most {@link LiveEventHub#SUBSCRIBER_BUFFER} items
     * (in a linked queue that grows only while the reader is behind); an item the buffer refuses
     * fails the result with {@link SlowSubscriberException} (the reader then resumes from the log
     * by sequence). So a reader that stops reading, over a socket or Server-Sent Events, holds a
     * bounded amount of memory.
     */
    static <T> Flux<T> of(Flux<T> hot) {
        Sinks.Many<T> buffer = Sinks.many().unicast().onBackpressureBuffer(
                Queues.<T>get(LiveEventHub.SUBSCRIBER_BUFFER).get());
        Disposable subscription = hot.subscribe(item -> {
            if (buffer.tryEmitNext(item).isFailure()) {
                buffer.tryEmitError(new SlowSubscriberException(LiveEventHub.RESUME));
            }
        }, buffer::tryEmitError, buffer::tryEmitComplete);
        return buffer.asFlux().doFinally(signal -> subscription.dispose());
    }
}
