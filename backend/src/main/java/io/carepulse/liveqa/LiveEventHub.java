package io.carepulse.liveqa;

import io.carepulse.platform.graphql.SlowSubscriberException;
import io.carepulse.platform.mongo.StreamCheckpoints;
import io.carepulse.platform.security.SocketAuthority;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonValue;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * This instance's one reader of the event log: a single change stream over {@code live_events}
 * (whichever instance wrote them), routed to the subscribers of each session on this instance.
 * When the stream fails it resumes after the last event it saw, and the resume token is kept in
 * MongoDB ({@link StreamCheckpoints}), so a restarted instance continues where it stopped. A
 * subscriber that cannot keep up gets an error instead of silently missing events, and resumes
 * from its last sequence number.
 */
@Component
class LiveEventHub implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEventHub.class);
    /** Events a slow subscriber may fall behind before it is cut off (it then resumes from the log). */
    static final int SUBSCRIBER_BUFFER = 4096;
    /** What a subscriber cut off for being slow should do. */
    static final String RESUME = "subscribe again with afterSequence set to the last sequence you received";

    private final CrossTenantAccess access;
    private final StreamCheckpoints checkpoints;
    private final SocketAuthority sockets;
    private final String checkpoint;
    private volatile long savedAtNanos;
    private volatile boolean streaming;
    private volatile long startedAtNanos;
    private final ConcurrentMap<ObjectId, Channel> sessions = new ConcurrentHashMap<>();
    private final AtomicLong routed = new AtomicLong();
    private volatile BsonValue resumeToken;
    private volatile Disposable stream;

    LiveEventHub(CrossTenantAccess access, StreamCheckpoints checkpoints, SocketAuthority sockets,
            @Value("${carepulse.instance-id:${HOSTNAME:local}}") String instanceId) {
        this.access = access;
        this.checkpoints = checkpoints;
        this.sockets = sockets;
        this.checkpoint = LiveEvent.COLLECTION + "@" + instanceId;
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
                    .onErrorMap(reactor.core.Exceptions::isOverflow, e -> new SlowSubscriberException(RESUME))
                    .doFinally(signal -> sessions.computeIfPresent(sessionId,
                            (id, current) -> --current.subscribers == 0 ? null : current));
        });
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
        if (event.type() == LiveEvent.Type.SESSION_ENDED) {
            // Its audience's sockets speak for no one any more (after the end event reached them).
            String session = event.sessionId().toHexString();
            sockets.closeWhere(caller -> caller.isParticipant() && caller.organization().equals(event.organizationId())
                    && caller.participant().sessionId().equals(session), "The live session has ended");
        }
        routed.incrementAndGet();
    }

    /**
     * Starts reading the event log where this instance stopped (its saved resume token), so a
     * restarted instance skips nothing; without a token, or when MongoDB no longer has that
     * point of its log, from now. Runs once on the main thread at startup.
     */
    @Override
    public void start() {
        streaming = false;
        startedAtNanos = System.nanoTime();
        resumeToken = checkpoints.load(checkpoint).onErrorResume(e -> Mono.empty()).block(Duration.ofSeconds(10));
        stream = Flux.defer(() -> access.allInserts(LiveEvent.COLLECTION, LiveEvent.class, resumeToken))
                .doOnNext(change -> {
                    streaming = true;
                    if (change.getBody() != null) {
                        route(change.getBody());
                    }
                    resumeToken = change.getResumeToken();
                    saveNowAndThen(false);
                })
                .doOnError(e -> {
                    LOG.warn("Live event stream failed; resuming: {}", e.toString());
                    if (historyLost(e)
                            || !streaming && System.nanoTime() - startedAtNanos < Duration.ofSeconds(10).toNanos()) {
                        // The saved point is gone from the oplog (trimmed, or this instance was away
                        // too long): continue from now rather than retry it for ever. Subscribers
                        // replay what they missed from the event log by sequence number.
                        resumeToken = null;
                    }
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(5)))
                .subscribe();
    }

    /** MongoDB's ChangeStreamHistoryLost (286), as real servers and the embedded one answer it. */
    static boolean historyLost(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof com.mongodb.MongoServerException server && server.getCode() == 286) {
                return true;
            }
        }
        return false;
    }

    /** Saves the resume token at most once a second while events flow, and always on stop. */
    private void saveNowAndThen(boolean always) {
        BsonValue token = resumeToken;
        long now = System.nanoTime();
        if (token == null || (!always && now - savedAtNanos < Duration.ofSeconds(1).toNanos())) {
            return;
        }
        savedAtNanos = now;
        Mono<Void> save = checkpoints.save(checkpoint, token)
                .doOnError(e -> LOG.warn("Could not save the live event stream's resume token: {}", e.toString()))
                .onErrorResume(e -> Mono.empty());
        if (always) {
            save.block(Duration.ofSeconds(5));
        } else {
            save.subscribe();
        }
    }

    @Override
    public void stop() {
        Disposable current = stream;
        if (current != null) {
            current.dispose();
        }
        saveNowAndThen(true);
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
