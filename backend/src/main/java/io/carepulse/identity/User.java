package io.carepulse.identity;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff member or OAuth2 client as last seen in its token (GraphQL {@code User}). Kept so
 * owners and audit actors can be shown by name; identified by the token's subject.
 */
@Document("users")
public record User(@Id ObjectId id, String organizationId, String subject, String email, String name,
        Instant lastSeenAt) implements TenantOwned {
}
