package io.carepulse.platform.security;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.springframework.graphql.execution.ErrorType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Type rules: wherever a field can return objects of a type with an {@code @access} rule, the
 * objects its caller may not see are hidden as if they did not exist. A nullable field answers
 * null ({@code node}), a list leaves them out, or holds null in their place when its items are
 * nullable ({@code nodes}, which answers position by position). A non-null field cannot hide its
 * object, so it answers FORBIDDEN (and GraphQL nulls the nearest nullable parent): root fields
 * carry rules no wider than their types', so this happens only when they disagree.
 *
 * <p>Fields returning an interface or union (such as {@code Node}) look up each object's type
 * by its Java class, as Spring's default type resolver does; an object of a type the schema does
 * not know is hidden.
 */
final class HiddenObjects {

    private static final ConcurrentMap<Class<?>, Optional<String>> TYPE_NAMES = new ConcurrentHashMap<>();

    private HiddenObjects() {
    }

    /** The field's fetcher, filtering what it returns when its type can hold protected objects; else unchanged. */
    static DataFetcher<?> decorate(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
        GraphQLType type = field.getType();
        boolean nonNull = type instanceof GraphQLNonNull;
        GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
        boolean list = inner instanceof GraphQLList;
        GraphQLType item = list ? ((GraphQLList) inner).getWrappedType() : inner;
        boolean nullableItems = !(item instanceof GraphQLNonNull);
        GraphQLType named = GraphQLTypeUtil.unwrapNonNull(item);
        if (named instanceof GraphQLList) {
            if (mayHoldProtected(GraphQLTypeUtil.unwrapAll(named))) {
                throw new IllegalStateException(parent.getName() + "." + field.getName()
                        + " is a list of lists of protected objects, which access rules cannot filter");
            }
            return fetcher;
        }
        GraphQLNamedType target = (GraphQLNamedType) named;
        if (!mayHoldProtected(target)) {
            return fetcher;
        }
        AccessRule fixed = target instanceof GraphQLObjectType object ? AccessRule.of(object) : null;
        Shape shape = new Shape(parent.getName() + "." + field.getName(), nonNull, list, nullableItems, fixed);
        return env -> filter(fetcher.get(env), shape, env);
    }

    private static boolean mayHoldProtected(GraphQLType type) {
        if (type instanceof GraphQLObjectType object) {
            return AccessRule.of(object) != null;
        }
        return type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType
                || type instanceof GraphQLTypeReference;
    }

    /**
     * @param fixed the rule of the field's object type; null when the field returns an interface
     *              or union, whose objects' types are looked up one by one
     */
    private record Shape(String coordinates, boolean nonNull, boolean list, boolean nullableItems, AccessRule fixed) {
    }

    private static Object filter(Object result, Shape shape, DataFetchingEnvironment env) {
        Optional<Caller> known = RequestCallers.known(env.getGraphQlContext());
        if (known != null) {
            return map(result, value -> visibleOnly(value, shape, known, env));
        }
        Mono<Optional<Caller>> caller = RequestCallers.of(env.getGraphQlContext());
        if (result instanceof Flux<?>) {
            return caller.flatMapMany(c -> (Flux<?>) map(result, value -> visibleOnly(value, shape, c, env)));
        }
        return caller.flatMap(c -> {
            Object filtered = map(result, value -> visibleOnly(value, shape, c, env));
            return filtered instanceof Mono<?> mono ? mono
                    : filtered instanceof CompletionStage<?> stage ? Mono.fromCompletionStage(stage)
                    : Mono.justOrEmpty(filtered);
        });
    }

    /** Applies {@code filter} to what a data fetcher returned, whatever its shape. */
    private static Object map(Object result, Function<Object, Object> filter) {
        if (result instanceof Mono<?> mono) {
            return mono.handle((value, sink) -> {
                Object visible = filter.apply(value);
                if (visible != null) {
                    sink.next(visible);
                }
            });
        }
        if (result instanceof Flux<?> flux) {
            // Subscription events: a hidden one is not sent at all.
            return flux.handle((value, sink) -> {
                Object visible = filter.apply(value);
                if (visible != null && !(visible instanceof DataFetcherResult<?>)) {
                    sink.next(visible);
                }
            });
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.thenApply(filter);
        }
        if (result instanceof DataFetcherResult<?> wrapped) {
            Object visible = filter.apply(wrapped.getData());
            if (visible instanceof DataFetcherResult<?> denied) {
                return denied;
            }
            return DataFetcherResult.newResult().data(visible).errors(wrapped.getErrors())
                    .localContext(wrapped.getLocalContext()).extensions(wrapped.getExtensions()).build();
        }
        return filter.apply(result);
    }

    private static Object visibleOnly(Object value, Shape shape, Optional<Caller> caller, DataFetchingEnvironment env) {
        if (value == null) {
            return null;
        }
        if (!shape.list()) {
            if (visible(value, shape, caller, env.getGraphQLSchema())) {
                return value;
            }
            return shape.nonNull() ? forbidden(env, shape) : null;
        }
        if (!(value instanceof Collection<?> items)) {
            return value; // graphql-java refuses anything else for a list anyway
        }
        List<Object> kept = null;
        int index = 0;
        for (Object item : items) {
            boolean show = item == null || visible(item, shape, caller, env.getGraphQLSchema());
            if (!show && kept == null) {
                kept = new ArrayList<>(items.size());
                kept.addAll(new ArrayList<>(items).subList(0, index));
            }
            if (kept != null) {
                if (show) {
                    kept.add(item);
                } else if (shape.nullableItems()) {
                    kept.add(null);
                }
            }
            index++;
        }
        return kept == null ? value : kept;
    }

    private static boolean visible(Object object, Shape shape, Optional<Caller> caller, GraphQLSchema schema) {
        if (caller.isEmpty()) {
            return false;
        }
        AccessRule rule = shape.fixed();
        if (rule == null) {
            Optional<String> name = typeName(object.getClass(), schema);
            if (name.isEmpty()) {
                return false; // fail closed: an object the schema cannot type
            }
            rule = AccessRule.of(schema.getObjectType(name.get()));
            if (rule == null) {
                return true; // a type without a rule is visible wherever its field is
            }
        }
        return rule.permits(caller.get());
    }

    /** The GraphQL object type of a Java object: its simple class name, or a superclass's or interface's. */
    private static Optional<String> typeName(Class<?> type, GraphQLSchema schema) {
        return TYPE_NAMES.computeIfAbsent(type, t -> {
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                if (schema.getObjectType(c.getSimpleName()) != null) {
                    return Optional.of(c.getSimpleName());
                }
                for (Class<?> i : c.getInterfaces()) {
                    if (schema.getObjectType(i.getSimpleName()) != null) {
                        return Optional.of(i.getSimpleName());
                    }
                }
            }
            return Optional.empty();
        });
    }

    private static DataFetcherResult<Object> forbidden(DataFetchingEnvironment env, Shape shape) {
        return DataFetcherResult.newResult().data(null)
                .error(GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN)
                        .message("You may not see what " + shape.coordinates() + " holds").build())
                .build();
    }
}
