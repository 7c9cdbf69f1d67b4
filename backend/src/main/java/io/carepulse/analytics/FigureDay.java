package io.carepulse.analytics;

import io.carepulse.platform.tenancy.TenantOwned;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One UTC day of a {@link PostSeries}' figures, {@code <series ID>|2026-03-29}, read and written as
 * stored: {@code s.<metric>.<quarter hour>} and {@code d.<metric>.<second>}, each with its batch and line.
 */
@Document(FigureDay.COLLECTION)
record FigureDay(@Id String id, String organizationId) implements TenantOwned {

    static final String COLLECTION = "engagement_figures";

    static String id(String series, java.time.LocalDate day) {
        return series + "|" + day;
    }
}
