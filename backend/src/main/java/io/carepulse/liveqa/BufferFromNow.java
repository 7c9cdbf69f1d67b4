package io.carepulse.liveqa;

import java.util.Queue;
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
     * Buffers {@code hot} from this moment. The queue is a small linked one that grows only while
     * the reader is behind; past {@code limit} unread items the result fails (the reader then
     * resumes from the log by sequence) instead of growing without bound.
     */
    static <T> Flux<T> of(Flux<T> hot, int limit) {
        Queue<T> queue = Queues.<T>unbounded(16).get();
        Sinks.Many<T> buffer = Sinks.many().unicast().onBackpressureBuffer(queue);
        Disposable subscription = hot.subscribe(item -> {
            if (queue.size() >= limit || buffer.tryEmitNext(item).isFailure()) {
                buffer.tryEmitError(new IllegalStateException(
                        "Subscriber fell too far behind; resume with afterSequence"));
            }
        }, buffer::tryEmitError, buffer::tryEmitComplete);
        return buffer.asFlux().doFinally(signal -> subscription.dispose());
    }
}
