package io.carepulse.platform.events;

import io.carepulse.platform.tenancy.TenantOwned;
import java.util.List;

/**
 * A feature's declaration of one event stream, registered as a bean: its name (unique, such as
 * {@code liveqa.session}), the payload every event carries, and the document types whose writes
 * carry its events in their outbox (so a crash between a change and its event can be recovered).
 * Events are sequenced per key (a session's ID, an organisation's slug), from 1, with no gaps.
 *
 * @param name        the stream's name, stored with each event
 * @param payloadType what each event carries
 * @param sources     the document types that hold this stream's events in their outbox
 */
public record EventStream<P>(String name, Class<P> payloadType, List<Class<? extends TenantOwned>> sources) {

    public EventStream {
        if (name == null || !name.matches("[a-z][a-z0-9.-]{0,62}")) {
            throw new IllegalArgumentException("An event stream's name is lower case letters, digits, dots and dashes");
        }
        sources = List.copyOf(sources);
    }

    @SafeVarargs
    public static <P> EventStream<P> of(String name, Class<P> payloadType, Class<? extends TenantOwned>... sources) {
        return new EventStream<>(name, payloadType, List.of(sources));
    }
}
