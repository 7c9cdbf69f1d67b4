package io.carepulse.analytics;

import io.carepulse.platform.tenancy.TenantOwned;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation's roll-ups as a whole ({@code _id}: its slug): the last batch taken in, the
 * generation of roll-up documents to read, and the time zone their days and weeks follow.
 */
@Document(AnalyticsState.COLLECTION)
record AnalyticsState(@Id String id, String organizationId, long appliedSequence, int generation, String zone)
        implements TenantOwned {

    static final String COLLECTION = "engagement_state";
}
