package io.carepulse.liveqa;

import io.carepulse.liveqa.events.LiveEventLog;

import io.carepulse.platform.events.Event;
import java.time.Instant;
import org.bson.types.ObjectId;

/**
 * One change in a live session, as subscribers receive it: an event of the session's stream
 * ({@link LiveEventLog#STREAM}). Sequence numbers are per session, start at 1 and have no gaps.
 * The event carries the question as the change left it (or, when another change came first, as
 * that one left it), and says what the audience may make of it, decided from that question.
 */
public record LiveEvent(String organizationId, ObjectId sessionId, long sequence, Type type, Instant occurredAt,
        LiveQuestion question, LiveSessionStatus sessionStatus, Audience audience, LivePoll poll) {

    /** The sessions' stream ({@code liveqa.session}, one key per session), for consumers of other features. */
    public static io.carepulse.platform.events.EventStream<Payload> stream() {
        return LiveEventLog.STREAM;
    }

    /** What the session's stream stores with each event. */
    public record Payload(LiveQuestion question, LiveSessionStatus sessionStatus, Audience audience, LivePoll poll) {
    }

    public static LiveEvent of(Event<Payload> event) {
        Payload payload = event.payload();
        return new LiveEvent(event.organizationId(), new ObjectId(event.key()), event.sequence(),
                Type.valueOf(event.type()), event.occurredAt(), payload.question(), payload.sessionStatus(),
                payload.audience(), payload.poll());
    }

    /** GraphQL {@code LiveSessionEventType}. */
    public enum Type {
        QUESTION_ASKED,
        QUESTION_EDITED,
        QUESTION_APPROVED,
        QUESTION_REJECTED,
        QUESTION_ANSWERED,
        QUESTION_RESTORED,
        QUESTION_PINNED,
        QUESTION_UNPINNED,
        UPVOTES_CHANGED,
        SESSION_UPDATED,
        SESSION_STARTED,
        SESSION_ENDED,
        POLL_LAUNCHED,
        POLL_UPDATED,
        POLL_CLOSED
    }

    /** What the audience feed does with the event. */
    public enum Audience {
        /** The question is visible: show or update it. */
        SHOW,
        /** The question was visible and is not any more: drop it. */
        REMOVE,
        /** The session changed (status, title…). */
        SESSION,
        /** A poll was launched, counted answers or closed: its counts, never who answered. */
        POLL,
        /** Nothing for the audience (a pending or rejected question changed). */
        NONE
    }

    /** The audience decision for a question that is now {@code after} and was visible or not before. */
    public static Audience audienceOf(boolean wasVisible, LiveQuestion after) {
        if (after.visibleToAudience()) {
            return Audience.SHOW;
        }
        return wasVisible ? Audience.REMOVE : Audience.NONE;
    }
}
