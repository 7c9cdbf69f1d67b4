package io.carepulse.platform.security;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import io.carepulse.platform.graphql.FieldDecorator;
import io.carepulse.platform.graphql.OperationDecorator;
import io.carepulse.platform.graphql.Reactive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Enforces the schema's {@code @access} rules, one decorator for every place an object or a
 * value can leave the server:
 * <ul>
 * <li>Root operations: anonymous callers get UNAUTHORIZED, callers without a listed role or
 * scope FORBIDDEN, and an operation without a rule is denied to everyone (fail closed;
 * {@code AccessRulesTest} also fails). A rule with {@code public: true} lets anyone through.</li>
 * <li>Object types: wherever a field can return an object of a type with a rule (root fields,
 * {@code node}/{@code nodes}, nested fields, subscription events), objects the caller may not
 * see are hidden ({@link HiddenObjects}).</li>
 * <li>Fields: a field with its own rule answers null with a FORBIDDEN error to anyone else, so one
 * denied field never nulls its parents; rules may name relations to the object.</li>
 * </ul>
 * A schema this class cannot enforce (a Node type without a rule, a protected field that is
 * non-null, a relation nobody implements) stops the application at startup.
 */
@Component
class AccessDirectiveEnforcer implements OperationDecorator, FieldDecorator {

    private final Map<String, AccessRelation> relations;

    AccessDirectiveEnforcer(List<AccessRelation> relations) {
        this.relations = relations.stream().collect(Collectors.toMap(AccessRelation::name, Function.identity()));
    }

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
                    return Flux.error(e);
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

    @Override
    public DataFetcher<?> decorate(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
        AccessRule typeRule = AccessRule.of(parent);
        if (parent.getInterfaces().stream().anyMatch(i -> i.getName().equals("Node")) && typeRule == null) {
            throw new IllegalStateException("Node type " + parent.getName() + " declares no @access rule: "
                    + "say who may see it");
        }
        if (typeRule != null && !typeRule.relations().isEmpty()) {
            throw new IllegalStateException("@access on type " + parent.getName() + " names relations: "
                    + "type rules take roles and scopes only");
        }
        DataFetcher<?> decorated = HiddenObjects.decorate(parent, field, fetcher);
        boolean root = OperationType.of(parent.getName()) != null;
        AccessRule rule = AccessRule.of(field);
        return root || rule == null ? decorated : guarded(parent, field, rule, decorated);
    }

    /** A field with its own rule: null and FORBIDDEN for callers it does not admit. */
    private DataFetcher<?> guarded(GraphQLObjectType parent, GraphQLFieldDefinition field, AccessRule rule,
            DataFetcher<?> fetcher) {
        String coordinates = parent.getName() + "." + field.getName();
        if (field.getType() instanceof GraphQLNonNull) {
            throw new IllegalStateException(coordinates + " has an @access rule, so it must be nullable: "
                    + "a denied field answers null");
        }
        List<AccessRelation> named = rule.relations().stream().map(name -> {
            AccessRelation relation = relations.get(name);
            if (relation == null) {
                throw new IllegalStateException(coordinates + " names the relation " + name
                        + ", which no feature implements");
            }
            return relation;
        }).toList();
        return env -> {
            Optional<Caller> known = RequestCallers.known(env.getGraphQlContext());
            if (known != null && known.isPresent() && rule.permits(known.get())) {
                return fetcher.get(env);
            }
            if (known != null && (known.isEmpty() || !rule.mayPassByRelation(known.get()))) {
                return denied(env, coordinates, known.isEmpty());
            }
            // Fetched before the caller or the relation is known, so a batch-loaded value is asked
            // for in time; it is dropped unless the caller passes.
            Object value = fetcher.get(env);
            return RequestCallers.of(env.getGraphQlContext()).flatMap(caller -> {
                if (caller.isPresent() && rule.permits(caller.get())) {
                    return Reactive.toMono(value);
                }
                if (caller.isEmpty() || !rule.mayPassByRelation(caller.get())) {
                    return Mono.just(denied(env, coordinates, caller.isEmpty()));
                }
                return Flux.fromIterable(named)
                        .concatMap(relation -> relation.holds(caller.get(), env.getSource(), env.getGraphQlContext()))
                        .any(Boolean::booleanValue)
                        .flatMap(related -> related ? Reactive.toMono(value)
                                : Mono.just(denied(env, coordinates, false)));
            });
        };
    }

    private static DataFetcherResult<Object> denied(DataFetchingEnvironment env, String coordinates,
            boolean anonymous) {
        return DataFetcherResult.newResult().data(null)
                .error(GraphqlErrorBuilder.newError(env)
                        .errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                        .message("You may not read " + coordinates)
                        .build())
                .build();
    }
}
