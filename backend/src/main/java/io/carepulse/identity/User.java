package io.carepulse.identity;

import io.carepulse.platform.security.Role;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff member or OAuth2 client as last seen in its token (GraphQL {@code User}). Kept so
 * owners and audit actors can be shown by name, and live sessions given moderators who hold the
 * right role; identified by the token's subject.
 *
 * @param roles the staff roles the user's last token carried
 */
@Document(User.COLLECTION)
public record User(@Id ObjectId id, String organizationId, String subject, String email, String name,
        List<Role> roles, Instant lastSeenAt) implements TenantOwned {

    public static final String COLLECTION = "users";
    public static final String TYPE = "User";

    public User {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Identity is the subject: batch loaders key their results by it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof User that && java.util.Objects.equals(subject, that.subject)
                && java.util.Objects.equals(organizationId, that.organizationId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(subject);
    }
}
