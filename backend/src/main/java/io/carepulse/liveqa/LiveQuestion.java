package io.carepulse.liveqa;

import io.carepulse.phi.PhiFinding;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A participant's question (GraphQL {@code LiveQuestion}). Upvotes are the set of participant
 * ids in {@code upvoters} with its size in {@code upvoteCount}, changed together in one atomic
 * update, so one participant counts once however many requests race. {@code revision} grows
 * with every change; of two copies of a question the higher revision is current.
 *
 * @param askedBy      the participant's display name, or null when asked anonymously
 * @param originalText the participant's own words when a moderator has edited them, else null
 * @param pinKey       the session's hex id while pinned, else absent: a unique sparse index on it
 *                     lets the database itself keep at most one pinned question per session
 */
@Document(LiveQuestion.COLLECTION)
public record LiveQuestion(@Id ObjectId id, String organizationId, ObjectId sessionId, ObjectId participantId,
        String askedBy, boolean anonymous, String text, String originalText, QuestionStatus status,
        int upvoteCount, List<ObjectId> upvoters, Answer answer, List<QuestionFlag> flags,
        List<PhiFinding> phiFindings, String pinKey, int revision, Instant createdAt, Instant updatedAt)
        implements TenantOwned {

    public static final String COLLECTION = "live_questions";
    public static final String TYPE = "LiveQuestion";

    public LiveQuestion {
        flags = flags == null ? List.of() : List.copyOf(flags);
        phiFindings = phiFindings == null ? List.of() : List.copyOf(phiFindings);
    }

    /** The answer: typed-in text (optional), which staff member marked it, and when. */
    public record Answer(String text, String answeredBySubject, Instant answeredAt) {
    }

    public boolean pinned() {
        return pinKey != null;
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    /** Whether the audience may see it: approved or answered, and nothing suspected in its text. */
    public boolean visibleToAudience() {
        return status.visibleToAudience() && !flagged();
    }

    /** Narrows a read of questions to leave out the upvoter ids, which only vote updates need. */
    public static Query excludingUpvoters(Query query) {
        query.fields().exclude("upvoters");
        return query;
    }

    /** The same question without the upvoter ids: what events carry. */
    public LiveQuestion withoutUpvoters() {
        return new LiveQuestion(id, organizationId, sessionId, participantId, askedBy, anonymous, text, originalText,
                status, upvoteCount, null, answer, flags, phiFindings, pinKey, revision, createdAt, updatedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LiveQuestion that && Objects.equals(id, that.id)
                && revision == that.revision;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
