package io.carepulse.content;

import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.graphql.SlowSubscriberException;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Content changes as an event stream of the platform's log, one per organisation, behind the
 * {@code contentEvents} subscription (review queues and lists update live): each creation, edit
 * and status change is written with its event in the item's own write, and the event's item is
 * the item as the change left it (or as a later change did).
 */
@Component
class ContentChanges {

    enum Kind { CREATED, UPDATED, STATUS_CHANGED }

    record ContentChange(Kind kind, Content content) {
    }

    static final EventStream<Content> STREAM = EventStream.derived("content.changes", Content.class,
            (source, type, hint) -> (Content) source, Content.class);
    static final String RESUME = "subscribe again, and reload the content you show";

    private final EventLog log;
    private final EventHub hub;

    ContentChanges(EventLog log, EventHub hub) {
        this.log = log;
        this.hub = hub;
    }

    @Bean
    static EventStream<Content> contentChangeStream() {
        return STREAM;
    }

    /** {@code update} with the event of {@code kind}, to be written in the same write. */
    Update with(Update update, Kind kind, String organization) {
        return EventLog.outboxUpdate(update, log.derived(STREAM, organization, kind.name(), null));
    }

    /** A new item inserted with its CREATED event. */
    Mono<Content> insert(Content content) {
        return log.insert(org -> content, log.derived(STREAM, content.organizationId(), Kind.CREATED.name(), null));
    }

    /** After a write that carried events: moves them to the log (when the mutation is done, during one). */
    Mono<Void> relay(ObjectId id) {
        return log.relay(Content.class, id);
    }

    /** A compare-and-set write that carried events, relayed when it changed the item. */
    Mono<io.carepulse.platform.tenancy.UpdateOutcome<Content>> relayed(
            Mono<io.carepulse.platform.tenancy.UpdateOutcome<Content>> write) {
        return write.flatMap(outcome -> outcome instanceof io.carepulse.platform.tenancy.UpdateOutcome.Updated<Content>
                updated ? relay(updated.document().id()).thenReturn(outcome) : Mono.just(outcome));
    }

    /** A write that carried events, relayed when it wrote. */
    Mono<Content> relayedContent(Mono<Content> write) {
        return write.flatMap(content -> relay(content.id()).thenReturn(content));
    }

    /** Subscribers of an organisation on this instance (for tests). */
    int subscribers(String organization) {
        return hub.subscribers(organization, STREAM, organization);
    }

    /** Changes of an organisation's content from now on. */
    Flux<ContentChange> of(String organization) {
        return hub.follow(STREAM, organization, null)
                .map(event -> new ContentChange(Kind.valueOf(event.type()), event.payload()))
                .onErrorMap(SlowSubscriberException.class, e -> new SlowSubscriberException(RESUME));
    }
}
