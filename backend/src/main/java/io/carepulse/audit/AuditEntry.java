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
}
