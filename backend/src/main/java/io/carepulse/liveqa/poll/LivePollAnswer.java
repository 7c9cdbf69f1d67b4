package io.carepulse.liveqa.poll;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One participant's answer to a poll: a document of its own, so the database's unique index on
 * poll and participant keeps one answer per participant however many requests race. Only the
 * participant's own reads ({@code LiveAudience.polls.myAnswer}) use it; results are the poll's
 * counts, which name nobody.
 */
@Document(LivePollAnswer.COLLECTION)
record LivePollAnswer(@Id ObjectId id, String organizationId, ObjectId sessionId, ObjectId pollId,
        ObjectId participantId, String optionId, Instant answeredAt) implements TenantOwned {

    static final String COLLECTION = "live_poll_answers";
}
