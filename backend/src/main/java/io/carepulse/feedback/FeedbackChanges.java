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
 * thread's own write. The log keeps a thread without what the patient wrote (no messages, notes,
 * author or contact: the event log is no second store of PHI for retention to chase); a subscriber
 * is sent the thread as it is when the event reaches it, read again inside its organisation.
 */
@Component
class FeedbackChanges {

    enum Kind { CREATED, MESSAGE_ADDED, REPLIED, UPDATED }

    record InboxEvent(Kind kind, FeedbackThread thread, long sequence) {
    }

    static final EventStream<FeedbackThread> STREAM = EventStream.derived("feedback.changes", FeedbackThread.class,
            (source, type, hint) -> withoutWhatThePatientWrote((FeedbackThread) source), FeedbackThread.class);

    static FeedbackThread withoutWhatThePatientWrote(FeedbackThread thread) {
        return new FeedbackThread(thread.id(), thread.organizationId(), thread.source(), thread.visibility(),
                thread.sourceKey(), thread.externalId(), null, null, null, thread.rating(), thread.contentId(),
                thread.campaignId(), thread.status(), thread.priority(), thread.assignee(), thread.tags(),
                thread.firstResponseDueAt(), thread.firstRespondedAt(), thread.hasPhi(), java.util.List.of(),
                java.util.List.of(), thread.lastActivityAt(), thread.createdAt(), thread.updatedAt(), thread.version());
    }

    private final EventLog log;
    private final EventHub hub;
    private final FeedbackThreads threads;

    FeedbackChanges(EventLog log, EventHub hub, FeedbackThreads threads) {
        this.log = log;
        this.hub = hub;
        this.threads = threads;
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
                .concatMap(event -> threads.byId(event.payload().id()).defaultIfEmpty(event.payload())
                        .map(thread -> new InboxEvent(Kind.valueOf(event.type()), thread, event.sequence())))
                .onErrorMap(SlowSubscriberException.class, e -> new SlowSubscriberException(EventHub.RESUME));
    }
}
