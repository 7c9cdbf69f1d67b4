package io.carepulse.platform.security;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;

/**
 * One value of the schema's {@code AccessRelation} enum: a way a caller can be related to an
 * object that lets it read fields whose {@code @access} rule names the relation (for example
 * the moderators of a live session reading its questions' text). Features register one bean per
 * relation they define; the schema may name only registered relations (checked at startup).
 */
public interface AccessRelation {

    /** The enum value's name in the schema, e.g. {@code SESSION_MODERATOR}. */
    String name();

    /**
     * Whether the staff caller stands in this relation to {@code source}, the object whose field
     * is read. Objects of a type the relation does not know answer false (fail closed).
     * {@code request} is the GraphQL context of the request (or subscription), for caching
     * lookups across the fields and rows of one response.
     */
    Mono<Boolean> holds(Caller caller, Object source, GraphQLContext request);
}
