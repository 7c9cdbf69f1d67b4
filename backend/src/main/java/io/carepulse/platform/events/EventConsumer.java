package io.carepulse.platform.events;

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
 */
public record EventConsumer<P>(String name, EventStream<P> stream, Function<Event<P>, Mono<Void>> handler) {

    public EventConsumer {
        if (name == null || !name.matches("[a-z][a-z0-9.-]{0,62}")) {
            throw new IllegalArgumentException("A consumer's name is lower case letters, digits, dots and dashes");
        }
    }

    public static <P> EventConsumer<P> of(String name, EventStream<P> stream, Function<Event<P>, Mono<Void>> handler) {
        return new EventConsumer<>(name, stream, handler);
    }
}
