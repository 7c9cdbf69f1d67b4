package io.carepulse.liveqa;

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
     * Buffers {@code hot} from this moment, in a small linked queue that grows only while the
     * reader is behind; an item the buffer refuses fails the result (the reader then resumes from
     * the log by sequence).
     */
    static <T> Flux<T> of(Flux<T> hot) {
        Sinks.Many<T> buffer = Sinks.many().unicast().onBackpressureBuffer(Queues.<T>unbounded(16).get());
        Disposable subscription = hot.subscribe(item -> {
            if (buffer.tryEmitNext(item).isFailure()) {
                buffer.tryEmitError(new IllegalStateException(
                        "Subscriber fell too far behind; resume with afterSequence"));
            }
        }, buffer::tryEmitError, buffer::tryEmitComplete);
        return buffer.asFlux().doFinally(signal -> subscription.dispose());
    }
}
