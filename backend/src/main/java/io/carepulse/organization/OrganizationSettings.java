package io.carepulse.organization;

import io.carepulse.platform.tenancy.Versioned;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One organisation's settings (GraphQL {@code OrganizationSettings}); its id is the
 * organisation's slug, so reading them is a lookup by a unique key. An organisation without a
 * document has {@link #defaults}.
 *
 * @param questionRetentionDays days after a live session ends before participants' text is purged
 */
@Document(OrganizationSettings.COLLECTION)
public record OrganizationSettings(@Id String id, String organizationId, String timezone, int questionRetentionDays,
        Instant updatedAt, int version) implements Versioned {

    public static final String COLLECTION = "organization_settings";
    public static final int DEFAULT_QUESTION_RETENTION_DAYS = 30;

    public static OrganizationSettings defaults(String organization) {
        return new OrganizationSettings(organization, organization, "UTC", DEFAULT_QUESTION_RETENTION_DAYS, null, 0);
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
