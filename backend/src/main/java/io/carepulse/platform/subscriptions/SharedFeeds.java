package io.carepulse.platform.subscriptions;

import graphql.GraphQLContext;
import java.util.function.Function;
import reactor.core.publisher.Flux;

/**
 * The data fetcher's side of a {@link SharedSubscription}: {@link #serve} returns what this
 * execution of the field must produce, whether it is a group's leader (live events only, each
 * result reported with its sequence number), a member replaying what it missed (the log only) or
 * an ordinary subscriber (both, without gap or duplicate).
 */
public final class SharedFeeds {

    /** GraphQL context key of this execution's {@link Role}; only this package reads or writes it. */
    static final String ROLE = SharedFeeds.class.getName() + ".role";

    private SharedFeeds() {
    }

    /** A feature's sequenced events of one feed (for example one session's event log). */
    public interface Source<E> {

        /** What followed {@code afterSequence} (null: nothing missed), then live events, without gap or duplicate. */
        Flux<E> follow(Long afterSequence);

        /** What followed {@code afterSequence} and is in the log now; completes. */
        Flux<E> missed(long afterSequence);

        long sequence(E event);

        /** Whether this is the feed's last event (the feed completes after it). */
        boolean isLast(E event);
    }

    /**
     * The results of this execution: {@code source}'s events as {@code visible} shows them to the
     * subscriber (null: not shown), ending after the last one.
     */
    public static <E, V> Flux<V> serve(GraphQLContext context, Long afterSequence, Source<E> source,
            Function<E, V> visible) {
        Role role = context.get(ROLE);
        Flux<E> events;
        if (role instanceof Leader leader) {
            events = source.follow(null).doOnSubscribe(s -> leader.listening());
        } else if (role instanceof Replay replay) {
            events = (afterSequence == null ? Flux.<E>empty() : source.missed(afterSequence)).doOnNext(event -> {
                replay.last = source.sequence(event);
                replay.ended |= source.isLast(event);
            });
        } else {
            events = source.follow(afterSequence);
        }
        return events.takeUntil(source::isLast).mapNotNull(event -> {
            V shown = visible.apply(event);
            if (shown != null && role instanceof Leader leader) {
                leader.emitting(source.sequence(event));
            }
            return shown;
        });
    }

    /** What an execution of a shared field is for. */
    sealed interface Role permits Leader, Replay {
    }

    /** A group's execution: it carries the live events, and says which sequence each result is for. */
    non-sealed interface Leader extends Role {

        /** The execution now receives this instance's live events. */
        void listening();

        /** The next result it produces is for the event with this sequence number. */
        void emitting(long sequence);
    }

    /** A member's own execution: what it missed, and whether the feed's last event was among it. */
    static final class Replay implements Role {

        volatile long last;
        volatile boolean ended;

        Replay(long after) {
            last = after;
        }
    }
}
