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
 * @param reviewValidityDays days a content approval stays valid before it must be renewed
 */
@Document(OrganizationSettings.COLLECTION)
public record OrganizationSettings(@Id String id, String organizationId, String timezone, int questionRetentionDays,
        Integer reviewValidityDays, Instant updatedAt, int version) implements Versioned {

    public static final String COLLECTION = "organization_settings";
    public static final int DEFAULT_QUESTION_RETENTION_DAYS = 30;
    public static final int DEFAULT_REVIEW_VALIDITY_DAYS = 180;

    public static OrganizationSettings defaults(String organization) {
        return new OrganizationSettings(organization, organization, "UTC", DEFAULT_QUESTION_RETENTION_DAYS,
                DEFAULT_REVIEW_VALIDITY_DAYS, null, 0);
    }

    /** Days a content approval stays valid for scheduling and publishing (settings saved before it existed: the default). */
    @Override
    public Integer reviewValidityDays() {
        return reviewValidityDays == null ? DEFAULT_REVIEW_VALIDITY_DAYS : reviewValidityDays;
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
