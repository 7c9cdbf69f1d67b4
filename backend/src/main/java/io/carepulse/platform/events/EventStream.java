package io.carepulse.platform.events;

import io.carepulse.platform.tenancy.TenantOwned;
import java.util.List;
import org.bson.Document;

/**
 * A feature's declaration of one event stream, registered as a bean: its name (unique, such as
 * {@code liveqa.session}), the payload every event carries, and the document types whose writes
 * carry its events in their outbox (so a crash between a change and its event can be recovered).
 * Events are sequenced per organisation and key (a session's ID, an organisation's slug), from 1,
 * with no gaps.
 *
 * <p>A stream whose events describe their document as it is after the change (the question
 * after a moderator approved it) declares a {@link Deriver}: its outbox entries carry only a
 * small hint, and the payload is made from the document when the event is logged. That is the
 * document as the change left it, or, if another change came first, a newer state of it: a
 * deriver must make a payload that is right for the document it is given.
 *
 * @param name        the stream's name, stored with each event
 * @param payloadType what each event carries
 * @param sources     the document types that hold this stream's events in their outbox
 * @param deriver     makes a payload from a source document and an entry's hint; null when
 *                    entries carry their payload
 */
public record EventStream<P>(String name, Class<P> payloadType, List<Class<? extends TenantOwned>> sources,
        Deriver<P> deriver) {

    public EventStream {
        if (name == null || !name.matches("[a-z][a-z0-9.-]{0,62}")) {
            throw new IllegalArgumentException("An event stream's name is lower case letters, digits, dots and dashes");
        }
        sources = List.copyOf(sources);
    }

    /** A stream whose entries carry their payload. */
    @SafeVarargs
    public static <P> EventStream<P> of(String name, Class<P> payloadType, Class<? extends TenantOwned>... sources) {
        return new EventStream<>(name, payloadType, List.of(sources), null);
    }

    /** A stream whose payloads are made from the source document when each event is logged. */
    @SafeVarargs
    public static <P> EventStream<P> derived(String name, Class<P> payloadType, Deriver<P> deriver,
            Class<? extends TenantOwned>... sources) {
        return new EventStream<>(name, payloadType, List.of(sources), deriver);
    }

    /** Makes an event's payload from its source document, as read when the event is logged. */
    @FunctionalInterface
    public interface Deriver<P> {

        P payload(TenantOwned source, String type, Document hint);
    }
}
