package io.carepulse.consent;

import io.carepulse.platform.graphql.RateLimitedException;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.limits.CapabilityGuesses;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Wrong consent links count against the client's address like wrong join codes
 * ({@link CapabilityGuesses}): an address that guessed wrong too often waits before it may try a
 * link again, so tokens cannot be searched for.
 */
@Component
class LinkGuesses {

    private final CapabilityGuesses guesses;

    LinkGuesses(CapabilityGuesses guesses) {
        this.guesses = guesses;
    }

    /** The address a request is counted under. */
    static String client(String address) {
        return address == null ? "unknown" : address;
    }

    /** For a query: the error to answer while the address must wait, or null. */
    RateLimitedException blocked(String client) {
        OptionalLong wait = guesses.blocked(client);
        return wait.isEmpty() ? null : new RateLimitedException(message(wait.getAsLong()), wait.getAsLong());
    }

    /** For a mutation: the user error to answer while the address must wait, or null. */
    UserError blockedError(String client) {
        OptionalLong wait = guesses.blocked(client);
        return wait.isEmpty() ? null : UserError.onInput(UserErrorCode.RATE_LIMITED, message(wait.getAsLong()), "token");
    }

    void failed(String client) {
        guesses.failed(client);
    }

    private static String message(long seconds) {
        return "Too many wrong links from your network: try again in " + seconds + " s";
    }
}
