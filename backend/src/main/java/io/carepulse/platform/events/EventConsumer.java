package io.carepulse.platform.events;

import java.time.Duration;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * A feature's handler of another feature's events, registered as a bean: the platform delivers
 * every event of {@code stream} logged after the consumer first ran, at least once, across
 * restarts and instance crashes ({@link EventConsumers}). The handler must be idempotent (it may
 * see an event again after a crash) and runs as the event's organisation, with no user: its reads
 * and writes through {@code TenantMongo} stay within that organisation.
 *
 * @param name    unique and stable: the consumer's checkpoint is kept under it
 * @param stream  the stream it reads
 * @param handler what it does with one event; an error makes the platform try the event again
 * @param byKey   what the handler does depends only on the event's organisation and key, not on
 *                the event ({@link #folding}): several waiting events of one key need one call
 * @param batch   events handled together at most (one checkpoint for them)
 * @param gather  how long a batch waits to fill once it has an event
 * @param parallel events of a batch handled at once: 1 keeps the log's order
 */
public record EventConsumer<P>(String name, EventStream<P> stream, Function<Event<P>, Mono<Void>> handler,
        boolean byKey, int batch, Duration gather, int parallel) {

    /** Events per batch unless a consumer says otherwise. */
    public static final int BATCH = 256;
    /** How long a batch waits to fill unless a consumer says otherwise. */
    public static final Duration GATHER = Duration.ofMillis(50);

    public EventConsumer {
        if (name == null || !name.matches("[a-z][a-z0-9.-]{0,62}")) {
            throw new IllegalArgumentException("A consumer's name is lower case letters, digits, dots and dashes");
        }
        if (batch < 1 || gather.isNegative() || parallel < 1) {
            throw new IllegalArgumentException("A consumer's batches hold at least one event");
        }
    }

    public static <P> EventConsumer<P> of(String name, EventStream<P> stream, Function<Event<P>, Mono<Void>> handler) {
        return new EventConsumer<>(name, stream, handler, false, BATCH, GATHER, 1);
    }

    /**
     * The consumer of an {@link EventFold}: {@code catchUp} brings the key's document up to date
     * with the log, whichever event woke it. The platform calls it once per key for a burst of
     * events, for several keys at a time.
     */
    public static <P> EventConsumer<P> folding(String name, EventStream<P> stream,
            Function<String, Mono<?>> catchUp) {
        return new EventConsumer<>(name, stream, event -> catchUp.apply(event.key()).then(), true, BATCH, GATHER, 1);
    }

    /**
     * This consumer with larger or longer batches: for a fold that is costly per call (a roll-up
     * summing several documents), where waiting a little lets a burst of one key's events become
     * one call.
     */
    public EventConsumer<P> batched(int max, Duration wait) {
        return new EventConsumer<>(name, stream, handler, byKey, max, wait, parallel);
    }

    /**
     * This consumer handling up to {@code atOnce} events of a batch at the same time, in no
     * particular order: for a handler whose events are independent of each other (each counted
     * once under its own ID, say), so a slow handler keeps up with a burst.
     */
    public EventConsumer<P> unordered(int atOnce) {
        return new EventConsumer<>(name, stream, handler, byKey, batch, gather, atOnce);
    }
}
