package io.carepulse.analytics;

import io.carepulse.platform.tenancy.TenantOwned;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A roll-up document ({@link RollupPeriods}), read and written as stored: {@code m.<channel>.<metric>}
 * (no reach: it is never added across posts), {@code p.<channel>|<post>.<metric>} per post, and in a
 * day's, {@code h.<start of the local hour, epoch seconds>.<channel>.<metric>}.
 */
@Document(Rollup.COLLECTION)
record Rollup(@Id String id, String organizationId) implements TenantOwned {

    static final String COLLECTION = "engagement_rollups";
}
