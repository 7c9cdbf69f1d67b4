package io.carepulse.liveqa;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change in a live session, stored in the session's event log. Sequence numbers are per
 * session, start at 1 and have no gaps (a unique index on session and sequence makes the insert
 * itself claim the number). The event carries the question as it was right after the change,
 * and says what the audience may make of it, decided once when it is written.
 */
@Document(LiveEvent.COLLECTION)
public record LiveEvent(@Id ObjectId id, String organizationId, ObjectId sessionId, long sequence, Type type,
        Instant occurredAt, LiveQuestion question, LiveSessionStatus sessionStatus, Audience audience)
        implements TenantOwned {

    public static final String COLLECTION = "live_events";

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
        SESSION_ENDED
    }

    /** What the audience feed does with the event. */
    public enum Audience {
        /** The question is visible: show or update it. */
        SHOW,
        /** The question was visible and is not any more: drop it. */
        REMOVE,
        /** The session changed (status, title…). */
        SESSION,
        /** Nothing for the audience (a pending or rejected question changed). */
        NONE
    }

    /** The audience decision for a question that was {@code before} and is now {@code after}. */
    static Audience audienceOf(LiveQuestion before, LiveQuestion after) {
        if (after.visibleToAudience()) {
            return Audience.SHOW;
        }
        return before != null && before.visibleToAudience() ? Audience.REMOVE : Audience.NONE;
    }
}
