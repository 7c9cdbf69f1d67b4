package io.carepulse.platform.subscriptions;

import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Declares a subscription field whose subscribers share executions: a feature registers one as a
 * bean, and {@link SharedExecutions} then serves every WebSocket subscriber of the field whose
 * document names its arguments by variables in groups. Subscribers with the same document, the
 * same variables (apart from the resume argument) and the same visibility group share one
 * execution: its results are encoded once and written to each member's socket.
 *
 * <p>The field's data fetcher must answer through {@link SharedFeeds#serve}, which gives a group's
 * leader the live events only, a member what it missed only, and any other caller (SSE, literal
 * arguments) both.
 *
 * @param field the Subscription field, e.g. {@code liveAudienceFeed}
 * @param groupArgument the argument whose value decides the group, e.g. {@code joinCode}
 * @param resumeArgument the argument that asks for what followed a sequence number, e.g.
 *     {@code afterSequence} (may be null: the field does not resume)
 * @param groups decides a subscriber's group
 */
public record SharedSubscription(String field, String groupArgument, String resumeArgument, GroupResolver groups) {

    public SharedSubscription {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(groupArgument, "groupArgument");
        Objects.requireNonNull(groups, "groups");
    }

    /** What decides a subscriber's visibility group. */
    @FunctionalInterface
    public interface GroupResolver {

        /**
         * The group of a subscriber asking with this value of the group argument, or empty if it
         * may not follow the field at all (it then takes the ordinary path and gets its error).
         * Runs as the subscriber (its caller is in the Reactor context). Subscribers whose groups
         * are equal see the same results.
         */
        Mono<?> groupOf(Object argument);
    }
}
