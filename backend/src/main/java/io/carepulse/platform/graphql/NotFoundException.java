package io.carepulse.platform.graphql;

import java.util.List;

/**
 * The object an argument names does not exist for the caller (another tenant's objects do not
 * exist for it either). Becomes a GraphQL error classified NOT_FOUND naming the argument; used
 * where no payload can carry a user error, e.g. when a subscription starts.
 */
public class NotFoundException extends RuntimeException {

    private final List<String> field;

    public NotFoundException(String message, String... field) {
        super(message);
        this.field = List.of(field);
    }

    public List<String> field() {
        return field;
    }
}
