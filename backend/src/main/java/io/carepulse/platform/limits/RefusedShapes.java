package io.carepulse.platform.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLError;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Documents already refused for their shape (operations, root fields, aliases, depth, cost):
 * the same document with the same variables is refused the same way for the same kind of
 * caller, whoever sends it, so a repeat is answered from here, before anything is parsed or
 * executed. That keeps an attacker who sends one refused shape over and over cheap to turn away.
 * Bounded and forgetful, like every per-key map here.
 */
@Component
class RefusedShapes {

    /** Longer variable maps are not remembered (their key would cost more than they save). */
    private static final int MAX_VARIABLES_LENGTH = 2_048;

    /** What the remembered keys may weigh together, in characters (documents are their bulk). */
    static final long MAX_CHARACTERS = 8_000_000;

    private final Cache<String, GraphQLError> refused = Caffeine.newBuilder().maximumWeight(MAX_CHARACTERS)
            .weigher((String key, GraphQLError error) -> key.length())
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    GraphQLError get(CallerKind kind, String document, String operationName, Map<String, Object> variables) {
        String key = key(kind, document, operationName, variables);
        return key == null ? null : refused.getIfPresent(key);
    }

    void remember(CallerKind kind, String document, String operationName, Map<String, Object> variables,
            GraphQLError error) {
        String key = key(kind, document, operationName, variables);
        if (key != null) {
            refused.put(key, error);
        }
    }

    /** Kind of caller, operation picked, variables and document: everything the shape checks look at. */
    private static String key(CallerKind kind, String document, String operationName, Map<String, Object> variables) {
        if (document == null) {
            return null;
        }
        String values = variables == null || variables.isEmpty() ? "" : variables.toString();
        return values.length() > MAX_VARIABLES_LENGTH ? null
                : kind.name() + '\u0000' + (operationName == null ? "" : operationName) + '\u0000' + values
                        + '\u0000' + document;
    }
}
