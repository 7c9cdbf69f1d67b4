package io.carepulse.platform.tenancy;

import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The user errors every updatable type reports the same way: an unknown (or another
 * organisation's) ID, and a stale {@code expectedVersion}.
 */
public final class UpdatePayloads {

    private UpdatePayloads() {
    }

    /** NOT_FOUND on {@code input.id}, e.g. "No campaign with this ID". */
    public static UserError notFound(String what) {
        return UserError.onInput(UserErrorCode.NOT_FOUND, "No " + what + " with this ID", "id");
    }

    /** CONFLICT on {@code input.expectedVersion}, naming the version the object is at now. */
    public static UserError conflict(String what, int currentVersion) {
        return UserError.onInput(UserErrorCode.CONFLICT, "The " + what + " was changed by someone else (now version "
                + currentVersion + "); reload and try again", "expectedVersion");
    }

    /** The payload for the outcome of a compare-and-set update of one {@code what}. */
    public static <T, P> P of(UpdateOutcome<T> outcome, String what, BiFunction<T, List<UserError>, P> payload) {
        return switch (outcome) {
            case UpdateOutcome.Updated<T> updated -> payload.apply(updated.document(), List.of());
            case UpdateOutcome.NotFound<T> notFound -> payload.apply(null, List.of(notFound(what)));
            case UpdateOutcome.Conflict<T> conflict -> payload.apply(null, List.of(conflict(what,
                    conflict.currentVersion())));
        };
    }
}
