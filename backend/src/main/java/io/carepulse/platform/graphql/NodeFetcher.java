package io.carepulse.platform.graphql;

import java.util.function.Function;
import org.bson.types.ObjectId;
import reactor.core.publisher.Mono;

/**
 * One {@code Node} type: how its global ID is made and how an object is found again by the key
 * inside that ID, scoped to the caller's organisation like every other read. Each feature
 * registers one per Node type; {@code id} fields and {@code node(id:)} are served from these.
 */
public interface NodeFetcher<T> {

    /** The GraphQL type name, e.g. {@code Campaign}. */
    String type();

    /** The key inside the global ID of {@code node}. */
    String key(T node);

    /** The object, or empty when the key is malformed or not visible to the caller. */
    Mono<T> fetch(String key);

    /** A type whose global ID holds some other key: a user's subject, an organisation's slug. */
    static <T> NodeFetcher<T> of(String type, Function<T, String> keyOf, Function<String, Mono<T>> find) {
        return new NodeFetcher<>() {

            @Override
            public String type() {
                return type;
            }

            @Override
            public String key(T node) {
                return keyOf.apply(node);
            }

            @Override
            public Mono<T> fetch(String key) {
                return find.apply(key);
            }
        };
    }

    /**
     * A type whose global ID holds its document's ObjectId; a key that is no ObjectId finds
     * nothing. {@code find} must answer only what the caller may see (a tenant-scoped read).
     */
    static <T> NodeFetcher<T> byObjectId(String type, Function<T, ObjectId> idOf, Function<ObjectId, Mono<T>> find) {
        return of(type, node -> idOf.apply(node).toHexString(),
                key -> ObjectId.isValid(key) ? find.apply(new ObjectId(key)) : Mono.empty());
    }
}
