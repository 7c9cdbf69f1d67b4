package io.carepulse.audit;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One append-only audit record (GraphQL {@code AuditEntry}): who did what to which object and
 * which fields they set. Field names only, never values, so no PHI can reach the log.
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id ObjectId id, String organizationId, String action, String actorSubject,
        String targetId, String targetType, List<String> changedFields, Instant at) implements TenantOwned {

    public static final String COLLECTION = "audit_log";
    public static final String TYPE = "AuditEntry";

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
