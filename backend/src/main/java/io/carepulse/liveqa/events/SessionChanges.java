package io.carepulse.liveqa.events;

import io.carepulse.liveqa.LiveSession;
import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.events.OutboxEntry;
import io.carepulse.platform.graphql.SlowSubscriberException;
import io.carepulse.platform.security.CurrentCaller;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The sessions of an organisation as they are scheduled, changed, started and ended: one stream
 * of the platform's log per organisation, beside each session's own stream (which carries its
 * questions, for its moderators). Each change is written with its event in the session's own
 * document write; {@code liveSessionChanged} subscribers (home pages, lists) follow the instance's
 * one reader of the log.
 */
@Controller
public class SessionChanges {

    /** GraphQL {@code LiveSessionChangeKind}. */
    public enum Kind { CREATED, UPDATED, STARTED, ENDED }

    /** GraphQL {@code LiveSessionChange}. */
    record LiveSessionChange(Kind kind, LiveSession liveSession) {
    }

    static final EventStream<LiveSession> STREAM = EventStream.derived("liveqa.session-changes", LiveSession.class,
            (source, type, hint) -> (LiveSession) source, LiveSession.class);
    static final String RESUME = "subscribe again, and reload the sessions you show";

    private final EventLog log;
    private final EventHub hub;

    SessionChanges(EventLog log, EventHub hub) {
        this.log = log;
        this.hub = hub;
    }

    @Bean
    static EventStream<LiveSession> liveSessionChangeStream() {
        return STREAM;
    }

    /** The event of a change to one of an organisation's sessions, to be written with the change. */
    public OutboxEntry entry(Kind kind, String organization) {
        return log.derived(STREAM, organization, kind.name(), null);
    }

    /** Inserts a new session with its CREATED event, and logs the event. */
    public Mono<LiveSession> insert(java.util.function.Function<String, LiveSession> build, String organization) {
        return log.insert(build, entry(Kind.CREATED, organization));
    }

    @SubscriptionMapping
    Flux<LiveSessionChange> liveSessionChanged() {
        return CurrentCaller.required().flatMapMany(caller -> hub.follow(STREAM, caller.organization(), null)
                .map(event -> new LiveSessionChange(Kind.valueOf(event.type()), event.payload()))
                .onErrorMap(SlowSubscriberException.class, e -> new SlowSubscriberException(RESUME)));
    }

    /** Subscribers of an organisation on this instance (for tests). */
    public int subscribers(String organization) {
        return hub.subscribers(organization, STREAM, organization);
    }
}
