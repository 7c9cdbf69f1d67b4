package io.carepulse.feedback;

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
 * Inbox changes as an event stream of the platform's log, one per organisation, behind
 * {@code feedbackInboxEvents}: each thread's creation and change is written with its event in the
 * thread's own write, and the event carries the thread as the change left it (or a later one did).
 */
@Component
class FeedbackChanges {

    enum Kind { CREATED, MESSAGE_ADDED, REPLIED, UPDATED }

    record InboxEvent(Kind kind, FeedbackThread thread, long sequence) {
    }

    static final EventStream<FeedbackThread> STREAM = EventStream.derived("feedback.changes", FeedbackThread.class,
            (source, type, hint) -> (FeedbackThread) source, FeedbackThread.class);

    private final EventLog log;
    private final EventHub hub;

    FeedbackChanges(EventLog log, EventHub hub) {
        this.log = log;
        this.hub = hub;
    }

    @Bean
    static EventStream<FeedbackThread> feedbackChangeStream() {
        return STREAM;
    }

    /** {@code update} with the event of {@code kind}, written in the same write. */
    Update with(Update update, Kind kind, String organization) {
        return EventLog.outboxUpdate(update, log.derived(STREAM, organization, kind.name(), null));
    }

    /** A new thread inserted with its CREATED event. */
    Mono<FeedbackThread> insert(FeedbackThread thread) {
        return log.insert(org -> thread, log.derived(STREAM, thread.organizationId(), Kind.CREATED.name(), null))
                .flatMap(inserted -> relay(inserted.id()).thenReturn(inserted));
    }

    /** A compare-and-set write that carried events, relayed when it changed the thread. */
    Mono<io.carepulse.platform.tenancy.UpdateOutcome<FeedbackThread>> relayedOutcome(
            Mono<io.carepulse.platform.tenancy.UpdateOutcome<FeedbackThread>> write) {
        return write.flatMap(outcome -> outcome instanceof io.carepulse.platform.tenancy.UpdateOutcome.Updated<
                FeedbackThread> updated ? relay(updated.document().id()).thenReturn(outcome) : Mono.just(outcome));
    }

    /** A write that carried events, relayed when it wrote. */
    Mono<FeedbackThread> relayed(Mono<FeedbackThread> write) {
        return write.flatMap(thread -> relay(thread.id()).thenReturn(thread));
    }

    private Mono<Void> relay(ObjectId id) {
        return log.relay(FeedbackThread.class, id);
    }

    /** Subscribers of an organisation on this instance (for tests). */
    int subscribers(String organization) {
        return hub.subscribers(organization, STREAM, organization);
    }

    /** An organisation's inbox changes after {@code afterSequence} (from the log), then live ones. */
    Flux<InboxEvent> of(String organization, Long afterSequence) {
        return hub.follow(STREAM, organization, afterSequence)
                .map(event -> new InboxEvent(Kind.valueOf(event.type()), event.payload(), event.sequence()))
                .onErrorMap(SlowSubscriberException.class, e -> new SlowSubscriberException(EventHub.RESUME));
    }
}
