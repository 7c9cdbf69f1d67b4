package io.carepulse.audit;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One append-only audit record (GraphQL {@code AuditEntry}): who did what to which object, which
 * fields they set, and the values of enum fields only (a status from → to, the moderation action
 * chosen), so no free text and no PHI can reach the log. Target names are not stored: they are
 * looked up when the log is read, under the reader's own access rules.
 *
 * @param actorKind STAFF, AUDIENCE, CLIENT or PATIENT; null in entries written before it was recorded
 *                  (their actor's subject tells: members of the public are {@code participant:…})
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id ObjectId id, String organizationId, String action, String actorSubject,
        String actorKind, String targetId, String targetType, List<String> changedFields, List<Change> changes,
        Instant at) implements TenantOwned {

    public static final String COLLECTION = "audit_log";
    public static final String TYPE = "AuditEntry";
    /** The subject prefix of members of the public (live-session participants). */
    static final String PARTICIPANT_PREFIX = "participant:";

    public AuditEntry {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** GraphQL {@code AuditChange}: an enum field's value before and after (either may be absent). */
    public record Change(String field, String from, String to) {
    }

    /** GraphQL {@code AuditActorKind}. */
    public enum ActorKind { STAFF, AUDIENCE, CLIENT, PATIENT }

    ActorKind kind() {
        if (actorKind != null) {
            return ActorKind.valueOf(actorKind);
        }
        return actorSubject != null && actorSubject.startsWith(PARTICIPANT_PREFIX) ? ActorKind.AUDIENCE
                : ActorKind.STAFF;
    }

    /** Identity is the document id: batch loaders key their results by it, cheaply. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AuditEntry that && java.util.Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }
}
