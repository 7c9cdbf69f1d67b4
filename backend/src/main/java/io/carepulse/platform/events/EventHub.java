package io.carepulse.platform.events;

import io.carepulse.platform.graphql.SlowSubscriberException;
import io.carepulse.platform.mongo.StreamCheckpoints;
import io.carepulse.platform.subscriptions.SharedFeeds;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.bson.BsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * This instance's one reader of the event log: a single change stream over {@code events}
 * (whichever instance wrote them), routed in memory to the subscribers of each organisation's
 * stream and key. A subscription never opens a stream of its own. When the change stream fails it
 * resumes after the last event it saw, with the resume token kept in MongoDB, so a restarted
 * instance continues where it stopped. {@link #follow} gives a subscriber the events after a
 * sequence number from the log, then the live ones, with no gap and no duplicate; one that cannot
 * keep up is cut off with a resumable error.
 */
@Component
public class EventHub implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    /** Events a slow subscriber may fall behind before it is cut off (it then resumes from the log). */
    public static final int SUBSCRIBER_BUFFER = 4096;
    /** What a subscriber cut off for being slow should do. */
    public static final String RESUME = "subscribe again with afterSequence set to the last sequence you received";

    private final CrossTenantAccess access;
    private final StreamCheckpoints checkpoints;
    private final EventLog log;
    private final TenantMongo tenantMongo;
    private final String checkpoint;
    private final ConcurrentMap<String, Channel> channels = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Sinks.Many<Event<?>>> everyEvent = new ConcurrentHashMap<>();
    private final AtomicLong routed = new AtomicLong();
    private volatile long savedAtNanos;
    private volatile BsonValue resumeToken;
    private volatile Disposable stream;

    EventHub(CrossTenantAccess access, StreamCheckpoints checkpoints, EventLog log, TenantMongo tenantMongo,
            @Value("${carepulse.instance-id:${HOSTNAME:local}}") String instanceId) {
        this.access = access;
        this.checkpoints = checkpoints;
        this.log = log;
        this.tenantMongo = tenantMongo;
        this.checkpoint = StoredEvent.COLLECTION + "@" + instanceId;
    }

    /**
     * The caller's organisation's events of {@code stream} about {@code key} as a shared
     * subscription reads them ({@link SharedFeeds#serve}): replayed from the log, then followed
     * live. {@code isLast} tells the event that ends the feed.
     */
    public <P> SharedFeeds.Source<Event<P>> feed(EventStream<P> stream, Object key, Predicate<Event<P>> isLast) {
        return new SharedFeeds.Source<>() {
            @Override
            public Flux<Event<P>> follow(Long afterSequence) {
                return EventHub.this.follow(stream, key, afterSequence);
            }

            @Override
            public Flux<Event<P>> missed(long afterSequence) {
                return log.after(stream, key, afterSequence);
            }

            @Override
            public long sequence(Event<P> event) {
                return event.sequence();
            }

            @Override
            public boolean isLast(Event<P> event) {
                return isLast.test(event);
            }
        };
    }

    /**
     * The caller's organisation's events of {@code stream} about {@code key}: those after
     * {@code afterSequence} from the log (none when it is null), then live ones. The live
     * subscription starts, and buffers, before the log is read, so an event written meanwhile is
     * in one or both; the sequence filter lets each through once.
     */
    public <P> Flux<Event<P>> follow(EventStream<P> stream, Object key, Long afterSequence) {
        String keyText = String.valueOf(key);
        return tenantMongo.tenant().flatMapMany(org -> {
            Flux<Event<P>> missed = afterSequence == null ? Flux.empty() : log.after(stream, keyText, afterSequence);
            AtomicLong last = new AtomicLong(afterSequence == null ? -1 : afterSequence);
            return BufferFromNow.replayThen(missed, live(org, stream, keyText), SUBSCRIBER_BUFFER, RESUME)
                    .filter(event -> {
                        if (event.sequence() <= last.get()) {
                            return false;
                        }
                        last.set(event.sequence());
                        return true;
                    });
        });
    }

    /** Live events of one organisation's stream and key, from now on. */
    @SuppressWarnings("unchecked")
    <P> Flux<Event<P>> live(String organization, EventStream<P> stream, String key) {
        String channelKey = StoredEvent.id(organization, stream.name(), key, 0);
        return Flux.defer(() -> {
            // Reference-counted inside compute(), so a sink is never dropped while someone joins it.
            Channel channel = channels.compute(channelKey, (id, current) -> {
                Channel next = current == null ? new Channel() : current;
                next.subscribers++;
                return next;
            });
            return channel.sink.asFlux()
                    .map(event -> (Event<P>) event)
                    .onBackpressureBuffer(SUBSCRIBER_BUFFER, dropped -> { }, BufferOverflowStrategy.ERROR)
                    .onErrorMap(Exceptions::isOverflow, e -> new SlowSubscriberException(RESUME))
                    .doFinally(signal -> channels.computeIfPresent(channelKey,
                            (id, current) -> --current.subscribers == 0 ? null : current));
        });
    }

    /**
     * Every event of {@code stream} this instance reads, of every organisation: for what an
     * instance does itself when an event passes (closing the sockets of a session that ended),
     * never for handing events to a caller. Unbounded and never slow: a listener must not block.
     */
    @SuppressWarnings("unchecked")
    public <P> Flux<Event<P>> allOrganizations(EventStream<P> stream) {
        return everyEvent.computeIfAbsent(stream.name(), name -> Sinks.many().multicast().directBestEffort())
                .asFlux().map(event -> (Event<P>) event);
    }

    /** Subscribers on this instance of an organisation's stream and key (for tests and metrics). */
    public int subscribers(String organization, EventStream<?> stream, Object key) {
        Channel channel = channels.get(StoredEvent.id(organization, stream.name(), String.valueOf(key), 0));
        return channel == null ? 0 : channel.subscribers;
    }

    /** Events routed since start (for tests and metrics). */
    public long routedCount() {
        return routed.get();
    }

    private void route(StoredEvent stored) {
        Channel channel = channels.get(StoredEvent.id(stored.organizationId(), stored.stream(), stored.key(), 0));
        Sinks.Many<Event<?>> listeners = everyEvent.get(stored.stream());
        if (channel != null || listeners != null && listeners.currentSubscriberCount() > 0) {
            Event<?> event = log.event(stored);
            if (event != null) {
                // Only this stream's thread emits, so emissions never race each other.
                if (channel != null) {
                    channel.sink.tryEmitNext(event);
                }
                if (listeners != null) {
                    listeners.tryEmitNext(event);
                }
            }
        }
        routed.incrementAndGet();
    }

    /**
     * Starts reading the log where this instance stopped (its saved resume token), so a restarted
     * instance skips nothing; without a token, or when MongoDB no longer has that point of its
     * log, from now (subscribers replay what they missed by sequence number).
     */
    @Override
    public void start() {
        resumeToken = checkpoints.load(checkpoint).onErrorResume(e -> Mono.empty()).block(Duration.ofSeconds(10));
        long startedAt = System.nanoTime();
        AtomicLong seen = new AtomicLong();
        stream = Flux.defer(() -> access.allInserts(StoredEvent.COLLECTION, StoredEvent.class, resumeToken))
                .doOnNext(change -> {
                    seen.incrementAndGet();
                    if (change.getBody() != null) {
                        route(change.getBody());
                    }
                    resumeToken = change.getResumeToken();
                    saveNowAndThen(false);
                })
                .doOnError(e -> {
                    LOG.warn("Event stream failed; resuming: {}", e.toString());
                    if (historyLost(e) || seen.get() == 0
                            && System.nanoTime() - startedAt < Duration.ofSeconds(10).toNanos()) {
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
                .doOnError(e -> LOG.warn("Could not save the event stream's resume token: {}", e.toString()))
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
        channels.values().forEach(channel -> channel.sink.tryEmitComplete());
        channels.clear();
    }

    @Override
    public boolean isRunning() {
        Disposable current = stream;
        return current != null && !current.isDisposed();
    }

    /** One key's multicast sink and how many subscribers hold it (guarded by the map's compute). */
    private static final class Channel {
        final Sinks.Many<Event<?>> sink = Sinks.many().multicast().directBestEffort();
        int subscribers;
    }
}
