package io.carepulse.platform.events;

import io.carepulse.platform.mongo.JobLeases;
import io.carepulse.platform.mongo.PeriodicTask;
import io.carepulse.platform.mongo.StreamCheckpoints;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.BsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * consumer reads the log through its own change stream and keeps its own checkpoint (the resume
 * token after the last event it handled), so a consumer that fails holds back no other; an event
 * whose handler fails is tried again, with growing pauses, until it succeeds.
 */
@Component
public class EventConsumers extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumers.class);
    static final Duration LEASE = Duration.ofSeconds(60);
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
        return checkpoints.load(checkpoint).onErrorResume(e -> Mono.empty())
                .doOnNext(resumeToken::set)
                .thenMany(Flux.defer(() -> access.allInserts(StoredEvent.COLLECTION, StoredEvent.class,
                        resumeToken.get())))
                .concatMap(change -> {
                    StoredEvent stored = change.getBody();
                    Mono<Void> handled = stored == null || !consumer.stream().name().equals(stored.stream())
                            ? Mono.empty() : handle(consumer, stored);
                    return handled.then(Mono.defer(() -> {
                        resumeToken.set(change.getResumeToken());
                        return checkpoints.save(checkpoint, change.getResumeToken());
                    }));
                }, 1)
                .doOnError(e -> {
                    if (historyLost(e)) {
                        // The database no longer holds the change history after the checkpoint (an
                        // embedded oplog overrun by a burst): waiting for it would stop this consumer for
                        // good. It goes on from now; what it skipped is in the log, and folds catch up
                        // from there at their key's next event (EventFold), but say so loudly.
                        LOG.error("Event consumer {} fell behind the database's change history and goes on "
                                + "from now: events logged meanwhile were not handled by it", consumer.name());
                        resumeToken.set(null);
                    } else {
                        LOG.warn("Event consumer {} stopped reading; resuming: {}", consumer.name(), e.toString());
                    }
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(10)))
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe();
    }

    /** MongoDB's ChangeStreamHistoryLost (286): the resume point is no longer in the oplog. */
    static boolean historyLost(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof com.mongodb.MongoCommandException command && command.getErrorCode() == 286) {
                return true;
            }
        }
        return false;
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
