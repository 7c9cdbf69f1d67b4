package io.carepulse.analytics;

import io.carepulse.platform.tenancy.TenantOwned;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A {@link PostSeries} as stored, {@code org|<channel>|<post>}: read and written as stored, with
 * {@code lastBatch} and {@code lastAdjustments} (the sequence of the last batch taken in and what it
 * changed, so a rerun after a crash passes on the same changes).
 */
@Document(SeriesDocument.COLLECTION)
record SeriesDocument(@Id String id, String organizationId) implements TenantOwned {

    static final String COLLECTION = "engagement_series";

    static String id(String org, io.carepulse.segment.Channel channel, String post) {
        return org + "|" + channel + "|" + post;
    }
}
