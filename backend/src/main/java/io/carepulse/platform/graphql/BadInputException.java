package io.carepulse.platform.graphql;

import java.util.List;

/**
 * Invalid arguments of a query (a mutation reports these as user errors instead). Becomes a
 * GraphQL error classified BAD_REQUEST whose extensions name the argument.
 */
public class BadInputException extends RuntimeException {

    private final List<String> field;

    public BadInputException(String message, String... field) {
        super(message);
        this.field = List.of(field);
    }

    public List<String> field() {
        return field;
    }
}
