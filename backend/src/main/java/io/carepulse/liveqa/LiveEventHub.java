package io.carepulse.liveqa;

import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonValue;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * This instance's one reader of the event log: a single change stream over {@code live_events}
 * (whichever instance wrote them), routed to the subscribers of each session on this instance.
 * When the stream fails it resumes after the last event it saw, so it skips nothing. A
 * subscriber that cannot keep up gets an error instead of silently missing events, and resumes
 * from its last sequence number.
 */
@Component
class LiveEventHub implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEventHub.class);
    /** Events a slow subscriber may fall behind before it is cut off (it then resumes from the log). */
    static final int SUBSCRIBER_BUFFER = 4096;

    private final CrossTenantAccess access;
    private final ConcurrentMap<ObjectId, Channel> sessions = new ConcurrentHashMap<>();
    private final AtomicLong routed = new AtomicLong();
    private volatile BsonValue resumeToken;
    private volatile Disposable stream;

    LiveEventHub(CrossTenantAccess access) {
        this.access = access;
    }

    /** Live events of one session from now on, as this instance's change stream delivers them. */
    Flux<LiveEvent> events(ObjectId sessionId) {
        return Flux.defer(() -> {
            // Reference-counted inside compute(), so a sink is never dropped while someone joins it.
            Channel channel = sessions.compute(sessionId, (id, current) -> {
                Channel next = current == null ? new Channel() : current;
                next.subscribers++;
                return next;
            });
            return channel.sink.asFlux()
                    .onBackpressureBuffer(SUBSCRIBER_BUFFER, dropped -> { }, BufferOverflowStrategy.ERROR)
                    .doFinally(signal -> sessions.computeIfPresent(sessionId,
                            (id, current) -> --current.subscribers == 0 ? null : current));
        });
    }

    /** Subscribers of this instance to one session's events. */
    int subscribers(ObjectId sessionId) {
        Channel channel = sessions.get(sessionId);
        return channel == null ? 0 : channel.sink.currentSubscriberCount();
    }

    /** Events routed since start (for tests and metrics). */
    long routedCount() {
        return routed.get();
    }

    private void route(LiveEvent event) {
        Channel channel = sessions.get(event.sessionId());
        if (channel != null) {
            // Only this stream's thread emits, so emissions never race each other.
            channel.sink.tryEmitNext(event);
        }
        routed.incrementAndGet();
    }

    @Override
    public void start() {
        stream = Flux.defer(() -> access.allInserts(LiveEvent.COLLECTION, LiveEvent.class, resumeToken))
                .doOnNext(change -> {
                    if (change.getBody() != null) {
                        route(change.getBody());
                    }
                    resumeToken = change.getResumeToken();
                })
                .doOnError(e -> LOG.warn("Live event stream failed; resuming: {}", e.toString()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(5)))
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = stream;
        if (current != null) {
            current.dispose();
        }
        sessions.values().forEach(channel -> channel.sink.tryEmitComplete());
        sessions.clear();
    }

    @Override
    public boolean isRunning() {
        Disposable current = stream;
        return current != null && !current.isDisposed();
    }

    /** One session's multicast sink and how many subscribers hold it (guarded by the map's compute). */
    private static final class Channel {
        final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();
        int subscribers;
    }
}
