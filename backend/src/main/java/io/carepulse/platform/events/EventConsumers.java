package io.carepulse.platform.events;

import io.carepulse.platform.mongo.JobLeases;
import io.carepulse.platform.mongo.PeriodicTask;
import io.carepulse.platform.mongo.StreamCheckpoints;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.BsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ChangeStreamEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Delivers events to the {@link EventConsumer}s features declare: at least once, in log order,
 * across restarts and crashes. One instance at a time runs them (a {@link JobLeases lease},
 * extended while it lives; another instance takes over within {@link #LEASE} of a crash). Each
 * consumer reads its stream's events through its own change stream, filtered by the database, and
 * keeps its own checkpoint (the resume token after the last batch it handled), so a consumer that
 * fails holds back no other; an event whose handler fails is tried again, with growing pauses,
 * until it succeeds. Events come in batches (of up to {@value EventConsumer#BATCH} unless the consumer
 * says otherwise); a fold's consumer
 * ({@link EventConsumer#folding}) is called once per key of a batch. A consumer the database's
 * change history left behind goes on from now and replays the events logged since its checkpoint
 * from the log itself (by when each event was logged), so no event is ever left unhandled.
 */
@Component
public class EventConsumers extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumers.class);
    static final Duration LEASE = Duration.ofSeconds(60);
    /** Events read from the log at once in a replay. */
    private static final int REPLAY_BATCH = 256;
    /** A fold's keys caught up at once. */
    private static final int KEYS_AT_ONCE = 4;
    /**
     * How far before the last event it handled a consumer's replay starts: events of other
     * instances reach the log at nearly the same time in another order, and the instances' clocks
     * (an event's {@code loggedAt} is its logging instance's) differ by less.
     */
    static final Duration REPLAY_MARGIN = Duration.ofMinutes(1);
    private static final String JOB = "event-consumers";

    private final List<EventConsumer<?>> consumers;
    private final CrossTenantAccess access;
    private final StreamCheckpoints checkpoints;
    private final JobLeases leases;
    private final EventLog log;
    private final AtomicReference<Disposable> reading = new AtomicReference<>();

    EventConsumers(List<EventConsumer<?>> consumers, CrossTenantAccess access, StreamCheckpoints checkpoints,
            JobLeases leases, EventLog log) {
        super("Event consumers' lease check", Duration.ZERO, LEASE.dividedBy(3));
        this.consumers = List.copyOf(consumers);
        this.access = access;
        this.checkpoints = checkpoints;
        this.leases = leases;
        this.log = log;
        long distinct = consumers.stream().map(EventConsumer::name).distinct().count();
        if (distinct != consumers.size()) {
            throw new IllegalStateException("Two event consumers share a name");
        }
    }

    /** Whether this instance runs the consumers now. */
    public boolean isReading() {
        Disposable current = reading.get();
        return current != null && !current.isDisposed();
    }

    /** Extends the lease while this instance reads; takes it, and starts reading, when it is free. */
    @Override
    protected Mono<Void> runOnce() {
        if (isReading()) {
            return leases.extend(JOB, LEASE).doOnNext(held -> {
                if (!held) {
                    LOG.warn("Lost the event consumers' lease; another instance runs them now");
                    stopReading();
                }
            }).then();
        }
        return leases.take(JOB, LEASE).doOnNext(held -> {
            if (held) {
                startReading();
            }
        }).then();
    }

    private void startReading() {
        List<Disposable> all = new ArrayList<>();
        consumers.forEach(consumer -> all.add(read(consumer)));
        Disposable previous = reading.getAndSet(Disposables.composite(all));
        if (previous != null) {
            previous.dispose();
        }
    }

    private void stopReading() {
        Disposable current = reading.getAndSet(null);
        if (current != null) {
            current.dispose();
        }
    }

    private <P> Disposable read(EventConsumer<P> consumer) {
        String checkpoint = "consumer:" + consumer.name();
        AtomicReference<BsonValue> resumeToken = new AtomicReference<>();
        // When the last event handled reached the log: a replay starts there.
        AtomicReference<Instant> upTo = new AtomicReference<>();
        AtomicReference<Instant> replayFrom = new AtomicReference<>();
        return checkpoints.loadSaved(checkpoint).onErrorResume(e -> Mono.empty())
                .doOnNext(saved -> {
                    resumeToken.set(saved.token());
                    // Checkpoints saved before upTo existed: their save time, an hour earlier.
                    upTo.set(saved.upTo() != null ? saved.upTo()
                            : saved.savedAt() == null ? null : saved.savedAt().minus(Duration.ofHours(1)));
                    replayFrom.set(saved.replayFrom());
                })
                // Loaded once: a retry resumes from what this reader holds, not from the saved token again.
                .thenMany(Flux.defer(() -> {
                    // Only this consumer's stream, filtered by the database; handled a batch at a time,
                    // and the checkpoint saved once per batch.
                    Flux<Void> live = access.insertsWhere(StoredEvent.COLLECTION, StoredEvent.class,
                                    resumeToken.get(), "stream", consumer.stream().name())
                            .bufferTimeout(consumer.batch(), consumer.gather(), true)
                            .concatMap(changes -> {
                                List<StoredEvent> events = changes.stream().map(ChangeStreamEvent::getBody)
                                        .filter(Objects::nonNull).toList();
                                return handleAll(consumer, events).then(Mono.defer(() -> {
                                    BsonValue token = changes.getLast().getResumeToken();
                                    resumeToken.set(token);
                                    events.stream().map(EventConsumers::logged).filter(Objects::nonNull)
                                            .max(Instant::compareTo)
                                            .ifPresent(last -> upTo.accumulateAndGet(last, EventConsumers::later));
                                    return checkpoints.save(checkpoint, token, upTo.get());
                                }));
                            }, 1)
                            .thenMany(Flux.empty());
                    Instant from = replayFrom.get();
                    if (from == null) {
                        return live;
                    }
                    // Noted before any newer checkpoint is saved: a crash during the replay repeats it.
                    return checkpoints.markReplay(checkpoint, from).thenMany(Flux.merge(live,
                            replay(consumer, from).then(checkpoints.clearReplay(checkpoint))
                                    .doOnSuccess(done -> replayFrom.compareAndSet(from, null))
                                    .thenMany(Flux.empty())));
                }).doOnError(e -> {
                    if (EventHub.historyLost(e)) {
                        // The database no longer holds the change history after the checkpoint (an
                        // embedded oplog overrun by a burst, a real one's window passed while stopped):
                        // go on from now, and replay from the log what was logged since the checkpoint.
                        Instant since = upTo.get() == null ? Instant.now().minus(Duration.ofDays(1))
                                : upTo.get().minus(REPLAY_MARGIN);
                        replayFrom.accumulateAndGet(since, (a, b) -> a == null || b.isBefore(a) ? b : a);
                        LOG.warn("Event consumer {} fell behind the database's change history: it goes on from "
                                + "now and replays from the log the events logged since {}", consumer.name(), since);
                        resumeToken.set(null);
                    } else {
                        LOG.warn("Event consumer {} stopped reading; resuming: {}", consumer.name(), e.toString());
                    }
                }).retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(10))))
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe();
    }

    /** When an event reached the log (events logged before that was kept: when they were written). */
    private static Instant logged(StoredEvent event) {
        return event.loggedAt() != null ? event.loggedAt() : event.occurredAt();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /**
     * Handles a batch: in log order (several at a time for a consumer that {@link
     * EventConsumer#unordered does not need the order}); or, for a {@link EventConsumer#byKey
     * fold}, once per organisation and key, several keys at a time.
     */
    private <P> Mono<Void> handleAll(EventConsumer<P> consumer, List<StoredEvent> events) {
        if (!consumer.byKey()) {
            return consumer.parallel() > 1
                    ? Flux.fromIterable(events).flatMap(stored -> handle(consumer, stored), consumer.parallel()).then()
                    : Flux.fromIterable(events).concatMap(stored -> handle(consumer, stored)).then();
        }
        Map<String, StoredEvent> lastPerKey = new LinkedHashMap<>();
        events.forEach(stored -> lastPerKey.put(stored.organizationId() + "|" + stored.key(), stored));
        return Flux.fromIterable(lastPerKey.values()).flatMap(stored -> handle(consumer, stored), KEYS_AT_ONCE)
                .then();
    }

    /**
     * The consumer's events logged since {@code from}, read from the log itself (a scan of the
     * stream's events by time: a rare path, after the change history was lost).
     */
    private <P> Mono<Void> replay(EventConsumer<P> consumer, Instant from) {
        AtomicLong replayed = new AtomicLong();
        Query query = Query.query(Criteria.where("stream").is(consumer.stream().name()).and("loggedAt").gte(from))
                .with(Sort.by("loggedAt", "sequence"));
        return access.findForMaintenance(query, StoredEvent.class)
                .buffer(REPLAY_BATCH)
                .concatMap(events -> handleAll(consumer, events)
                        .doOnSuccess(done -> replayed.addAndGet(events.size())), 1)
                .then(Mono.fromRunnable(() -> LOG.info("Event consumer {} replayed {} events logged since {}",
                        consumer.name(), replayed.get(), from)));
    }

    private <P> Mono<Void> handle(EventConsumer<P> consumer, StoredEvent stored) {
        Event<P> event = log.event(consumer.stream(), stored);
        return Mono.defer(() -> consumer.handler().apply(event))
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                        CallerAuthentication.forEventConsumer(stored.organizationId(), consumer.name())))
                .doOnError(e -> LOG.warn("Event consumer {} failed on {} #{}; trying again: {}", consumer.name(),
                        stored.stream(), stored.sequence(), e.toString()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(30)));
    }

    @Override
    public void start() {
        if (!consumers.isEmpty()) {
            super.start();
        }
    }

    @Override
    public void stop() {
        super.stop();
        if (isReading()) {
            stopReading();
            leases.release(JOB).onErrorResume(e -> Mono.empty()).block(Duration.ofSeconds(5));
        }
    }
}
