package io.carepulse.platform.graphql;

import reactor.core.publisher.Mono;

/**
 * Resolves the {@code Node}s of one GraphQL type by the key inside their global ID, scoped to
 * the caller's organisation like every other read. Each feature registers one per Node type.
 */
public interface NodeFetcher {

    /** The GraphQL type name, e.g. {@code Campaign}. */
    String type();

    /** The object, or empty when the key is malformed or not visible to the caller. */
    Mono<?> fetch(String key);
}
