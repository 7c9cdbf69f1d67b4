package io.carepulse.platform.graphql;

/**
 * A public read refused because the caller's network asked too often: a GraphQL error classified
 * {@code RATE_LIMITED}, saying when to try again (mutations say it in their payload instead).
 */
public class RateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
