package io.carepulse.platform.mongo;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Work an instance repeats for as long as it runs (a retention run, an outbox sweep, a lease
 * check): {@link #runOnce} after {@code firstAfter} and then every {@code every}, one run at a
 * time (a tick that comes while a run is still going is skipped). A run that fails is logged and
 * tried again at the next tick.
 */
public abstract class PeriodicTask implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String what;
    private final Duration firstAfter;
    private final Duration every;
    private volatile Disposable schedule;

    protected PeriodicTask(String what, Duration firstAfter, Duration every) {
        this.what = what;
        this.firstAfter = firstAfter;
        this.every = every;
    }

    /** One run; usually under a {@link JobLeases lease} when only one instance may do it. */
    protected abstract Mono<?> runOnce();

    @Override
    public void start() {
        schedule = Flux.interval(firstAfter, every, Schedulers.parallel())
                .onBackpressureDrop()
                .concatMap(tick -> runOnce().onErrorResume(e -> {
                    log.warn("{} failed; the next run tries again: {}", what, e.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = schedule;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable current = schedule;
        return current != null && !current.isDisposed();
    }
}
