package io.carepulse.feedback;

import io.carepulse.phi.PhiFinding;
import io.carepulse.platform.tenancy.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A conversation with a patient or a member of the public (GraphQL {@code FeedbackThread}).
 *
 * @param sourceKey source and external ID ("GOOGLE_REVIEW|abc123") for threads that came from a
 *     connector, unique per organisation, so the same item ingested twice is one thread; other
 *     threads carry their own ID ("own|…") so the unique index needs no sparseness
 * @param firstResponseDueAt creation plus the organisation's first-response time for the priority
 * @param hasPhi whether a patient message holds suspected PHI (reading the thread is then logged)
 */
@Document(FeedbackThread.COLLECTION)
public record FeedbackThread(@Id ObjectId id, String organizationId, Source source, Visibility visibility,
        String sourceKey, String externalId, String authorHandle, String authorName, String contact, Integer rating,
        ObjectId contentId, ObjectId campaignId, Status status, Priority priority, String assignee, List<String> tags,
        Instant firstResponseDueAt, Instant firstRespondedAt, boolean hasPhi, List<Message> messages,
        List<Note> notes, Instant lastActivityAt, Instant createdAt, Instant updatedAt, int version)
        implements Versioned {

    public static final String COLLECTION = "feedback_threads";
    public static final String TYPE = "FeedbackThread";

    public FeedbackThread {
        tags = tags == null ? List.of() : List.copyOf(tags);
        messages = messages == null ? List.of() : List.copyOf(messages);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedbackThread that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /** The same thread with these tags and notes (a new thread's labels before it is inserted). */
    FeedbackThread labelled(List<String> newTags, List<Note> newNotes) {
        return new FeedbackThread(id, organizationId, source, visibility, sourceKey, externalId, authorHandle, authorName,
                contact, rating, contentId, campaignId, status, priority, assignee, newTags, firstResponseDueAt,
                firstRespondedAt, hasPhi, messages, newNotes, lastActivityAt, createdAt, updatedAt, version);
    }

    /** The patient's messages, leaving out any without text. */
    public java.util.stream.Stream<Message> patientMessages() {
        return messages.stream().filter(m -> m.role() == Role.PATIENT && m.text() != null);
    }

    /** Whether the first response is past due at {@code now}: no staff reply yet and the due time passed. */
    public boolean overdue(Instant now) {
        return firstRespondedAt == null && status != Status.RESOLVED && now.isAfter(firstResponseDueAt);
    }

    public enum Source {
        FACEBOOK_COMMENT, FACEBOOK_MESSAGE, INSTAGRAM_COMMENT, INSTAGRAM_DM, X_REPLY, X_DM, LINKEDIN_COMMENT,
        GOOGLE_REVIEW, YELP_REVIEW, WEBSITE_FORM, SURVEY, LIVE_QA, EMAIL, PHONE_NOTE
    }

    public enum Visibility { PUBLIC, PRIVATE }

    public enum Priority { LOW, NORMAL, HIGH, URGENT }

    public enum Role { PATIENT, STAFF }

    /**
     * One message. A patient's keeps the scanner's findings; a staff reply keeps who sent it, the
     * justification if a compliance officer let it through the guard, and the sending service's ID.
     */
    public record Message(String id, Role role, String text, Instant sentAt, String sentBy,
            List<PhiFinding> phiFindings, String overrideJustification, String deliveryId) {

        public Message {
            phiFindings = phiFindings == null ? List.of() : List.copyOf(phiFindings);
        }
    }

    /** An internal note: never sent anywhere. */
    public record Note(String id, String text, String by, Instant at) {
    }
}
