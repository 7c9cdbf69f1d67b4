package io.carepulse.platform.events;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import org.bson.Document;
import org.springframework.data.annotation.Id;

/**
 * An event in the log. Its ID is deterministic ({@code organisation|stream|key|sequence}), so the unique
 * {@code _id} index itself refuses a sequence number someone else took, and a replay reads the
 * next numbers by ID (an indexed lookup on every MongoDB, the embedded one included). The outbox
 * entry's ID is unique too: an entry moved twice (by the writer and by recovery) is logged once.
 * {@code occurredAt} is when the change was written, {@code loggedAt} when the event reached the log
 * (later when outbox recovery moved it): a consumer's replay goes by the latter.
 */
@org.springframework.data.mongodb.core.mapping.Document(StoredEvent.COLLECTION)
record StoredEvent(@Id String id, String organizationId, String stream, String key, long sequence, String type,
        Instant occurredAt, String outboxId, Document payload, Instant loggedAt) implements TenantOwned {

    static final String COLLECTION = "events";

    static String id(String organization, String stream, String key, long sequence) {
        return organization + "|" + stream + "|" + key + "|" + sequence;
    }
}
