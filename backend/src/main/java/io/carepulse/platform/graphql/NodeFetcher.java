package io.carepulse.platform.graphql;

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
}
