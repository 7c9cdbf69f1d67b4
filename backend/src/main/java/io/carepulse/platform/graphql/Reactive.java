package io.carepulse.platform.graphql;

import java.util.concurrent.CompletionStage;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Adapts whatever a data fetcher returned to Reactor types. */
public final class Reactive {

    private Reactive() {
    }

    public static Mono<Object> toMono(Object value) {
        if (value instanceof Mono<?> mono) {
            return mono.map(Object.class::cast);
        }
        if (value instanceof Flux<?> flux) {
            return flux.collectList().map(Object.class::cast);
        }
        if (value instanceof CompletionStage<?> stage) {
            return Mono.fromCompletionStage(stage).map(Object.class::cast);
        }
        return Mono.justOrEmpty(value);
    }

    public static Flux<Object> toFlux(Object value) {
        if (value instanceof Publisher<?> publisher) {
            return Flux.from(publisher).map(Object.class::cast);
        }
        return Flux.error(new IllegalStateException("A subscription must return a Publisher"));
    }
}
