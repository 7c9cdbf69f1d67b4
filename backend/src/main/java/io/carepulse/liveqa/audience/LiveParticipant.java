package io.carepulse.liveqa.audience;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member of the public who joined one live session (GraphQL {@code LiveParticipant}).
 * {@code askedAt} keeps the times of the latest questions, as many as the session's per-minute
 * limit: the rate limit is checked and recorded in one atomic update of this document.
 */
@Document(LiveParticipant.COLLECTION)
public record LiveParticipant(@Id ObjectId id, String organizationId, ObjectId sessionId, String displayName,
        Instant joinedAt, List<Instant> askedAt) implements TenantOwned {

    public static final String COLLECTION = "live_participants";
    public static final String TYPE = "LiveParticipant";
}
