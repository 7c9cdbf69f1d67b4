package io.carepulse.platform.graphql;

import java.util.List;

/** An expected failure of a mutation, tied to the input field that caused it (GraphQL {@code UserError}). */
public record UserError(List<String> field, ErrorCode code, String message) {

    public static UserError of(ErrorCode code, String message, String... path) {
        return new UserError(path.length == 0 ? null : List.of(path), code, message);
    }

    /** An error on {@code input.<field...>}. */
    public static UserError onInput(ErrorCode code, String message, String... path) {
        String[] full = new String[path.length + 1];
        full[0] = "input";
        System.arraycopy(path, 0, full, 1, path.length);
        return new UserError(List.of(full), code, message);
    }
}
