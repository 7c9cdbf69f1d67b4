package io.carepulse.liveqa;

import io.carepulse.platform.tenancy.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A live Q&A session (GraphQL {@code LiveSession}). */
@Document(LiveSession.COLLECTION)
public record LiveSession(@Id ObjectId id, String organizationId, String title, String description, Host host,
        List<String> moderatorSubjects, Instant scheduledStart, String streamUrl, LiveSessionStatus status,
        String joinCode, Settings settings, Instant startedAt, Instant endedAt, Instant createdAt,
        Instant updatedAt, int version) implements Versioned {

    public static final String COLLECTION = "live_sessions";
    public static final String TYPE = "LiveSession";

    public record Host(String name, String credentials) {
    }

    /**
     * @param earlyQuestionsAllowed the audience may join and ask while the session is still scheduled
     * @param publishRecap          once ended, the session's answered questions stay readable by its join code
     */
    public record Settings(boolean anonymousQuestionsAllowed, ModerationMode moderationMode, int questionLengthLimit,
            int questionsPerMinute, boolean profanityFilter, boolean earlyQuestionsAllowed, boolean publishRecap) {
    }

    /** Whether the audience may join and ask now: while live, or while scheduled when the settings allow. */
    public boolean openToAudience() {
        return status == LiveSessionStatus.LIVE
                || status == LiveSessionStatus.SCHEDULED && settings.earlyQuestionsAllowed();
    }

    public enum ModerationMode { PRE_MODERATION, POST_MODERATION }

    /** Identity is the document id: batch loaders key their results by it, cheaply. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LiveSession that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
