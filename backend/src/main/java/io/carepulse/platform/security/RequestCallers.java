package io.carepulse.platform.security;

import graphql.GraphQLContext;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the caller of each GraphQL request into its {@link GraphQLContext}, once, so field-level
 * access checks on every row of a response decide without another trip through the Reactor
 * context. Runs right after the WebSocket authentication interceptor, so a subscription sees the
 * caller its socket authenticated as.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestCallers implements WebGraphQlInterceptor {

    private static final String KEY = RequestCallers.class.getName() + ".caller";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return CurrentCaller.get().map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(caller -> {
            // Subscription events reach the client in the order they happened, even when the fields
            // of one take longer to resolve than the next one's (an access check asking the database).
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(KEY, caller)
                    .put(graphql.execution.SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true))
                    .build());
            return chain.next(request);
        });
    }

    /**
     * The caller of the execution this context belongs to: present, empty for an anonymous
     * request, or {@code null} when the request did not pass through this interceptor (then ask
     * {@link CurrentCaller}).
     */
    public static Optional<Caller> known(GraphQLContext context) {
        return context.get(KEY);
    }

    /** The caller, from the GraphQL context when known there, else from the Reactor context. */
    public static Mono<Optional<Caller>> of(GraphQLContext context) {
        Optional<Caller> known = known(context);
        return known != null ? Mono.just(known)
                : CurrentCaller.get().map(Optional::of).defaultIfEmpty(Optional.empty());
    }
}
