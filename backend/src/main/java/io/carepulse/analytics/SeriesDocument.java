package io.carepulse.analytics;

import io.carepulse.platform.tenancy.TenantOwned;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A {@link PostSeries}' head, {@code org|<channel>|<post>}, read and written as stored: each metric's
 * latest figure, the UTC days with figures ({@link FigureDay}), the post's content, breakdowns and
 * publishing time, and {@code lastBatch}, {@code lastAdjustments} and {@code lastFigures} (the
 * sequence of the last batch taken in, what it changed and the figures it keeps, so a rerun after a
 * crash passes on the same changes and writes the same figures).
 */
@Document(SeriesDocument.COLLECTION)
record SeriesDocument(@Id String id, String organizationId) implements TenantOwned {

    static final String COLLECTION = "engagement_series";

    static String id(String org, io.carepulse.segment.Channel channel, String post) {
        return org + "|" + channel + "|" + post;
    }
}
