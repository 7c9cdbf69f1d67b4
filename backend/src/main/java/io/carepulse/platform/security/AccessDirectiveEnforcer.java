package io.carepulse.platform.security;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import io.carepulse.platform.graphql.OperationDecorator;
import io.carepulse.platform.graphql.Reactive;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Enforces each operation's {@code @access} rule before its data fetcher runs. Anonymous callers
 * get UNAUTHORIZED, callers without a listed role or scope get FORBIDDEN, and an operation
 * without a rule is denied to everyone (fail closed; {@code AccessRulesTest} also fails). A rule
 * with {@code public: true} lets anyone through, signed in or not.
 */
@Component
class AccessDirectiveEnforcer implements OperationDecorator {

    @Override
    public int order() {
        return Integer.MAX_VALUE; // outermost: nothing runs before the access check
    }

    @Override
    public DataFetcher<?> decorate(OperationType type, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
        AccessRule rule = AccessRule.of(field);
        String operation = field.getName();
        if (rule != null && rule.publicAccess()) {
            return fetcher; // open to anyone, e.g. joining a live session with its join code
        }
        if (type == OperationType.SUBSCRIPTION) {
            return env -> authorize(rule, operation).flatMapMany(ok -> {
                try {
                    return Reactive.toFlux(fetcher.get(env));
                } catch (Exception e) {
                    return reactor.core.publisher.Flux.error(e);
                }
            });
        }
        return env -> authorize(rule, operation).flatMap(ok -> {
            try {
                return Reactive.toMono(fetcher.get(env));
            } catch (Exception e) {
                return Mono.error(e);
            }
        });
    }

    private static Mono<Caller> authorize(AccessRule rule, String operation) {
        return CurrentCaller.get()
                .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException(
                        "Authentication required for " + operation)))
                .flatMap(caller -> rule != null && rule.permits(caller)
                        ? Mono.just(caller)
                        : Mono.error(new AccessDeniedException("Not allowed to call " + operation)));
    }
}
