package io.carepulse.feedback;

import io.carepulse.platform.tenancy.Versioned;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A reply an organisation keeps for reuse (GraphQL {@code SavedReply}). */
@Document("saved_replies")
record SavedReply(@Id ObjectId id, String organizationId, String title, String text, List<String> tags,
        Instant updatedAt, int version) implements Versioned {

    static final String TYPE = "SavedReply";

    /** Tag of the replies that are safe to post in public: they confirm nothing about anyone's care. */
    static final String HIPAA_SAFE = "hipaa-safe";

    SavedReply {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
