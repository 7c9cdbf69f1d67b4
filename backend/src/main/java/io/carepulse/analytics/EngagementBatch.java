package io.carepulse.analytics;

import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.tenancy.TenantOwned;
import io.carepulse.segment.Channel;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One accepted call of {@code recordEngagement} (or one imported file, or a rebuild request), as
 * it arrived: written in one insert with its event, so an acknowledged call survives a crash, and
 * the provenance of every figure it brings (who sent it, from which file and line, under which
 * definitions). {@link Rollups} takes the batches in, in the order of their events.
 *
 * @param rebuild a request to make the roll-ups again from the recorded figures, in its place in the order
 */
@Document(EngagementBatch.COLLECTION)
record EngagementBatch(@Id ObjectId id, String organizationId, Source source, int definitionsVersion,
        List<Item> items, boolean rebuild, Instant receivedAt) implements TenantOwned {

    static final String COLLECTION = "engagement_batches";
    static final String TYPE = "EngagementBatch";

    /** The stream of batches, keyed by organisation: their order is the order they are taken in. */
    static final EventStream<Logged> STREAM = EventStream.of("analytics.engagement", Logged.class,
            EngagementBatch.class);

    enum SourceKind { API, CSV, MANUAL }

    /**
     * @param client the OAuth2 client that sent it (API), else null
     * @param user   the staff member who imported or entered it, else null
     * @param file   the imported file's ID and name (CSV), else null
     */
    record Source(SourceKind kind, String client, String user, String fileId, String fileName) {
    }

    /**
     * One figure: {@code post} is the series it belongs to ({@link PostKey}); {@code line} the
     * file's line it came from (CSV), else the item's position in the call; its content's format,
     * topics and campaign as they were when it was recorded.
     */
    record Item(String post, Channel channel, EngagementMetric metric, EngagementValueKind kind, double value,
            Instant at, Instant publishedAt, ObjectId contentId, String externalPostId, int line, String format,
            List<String> topics, ObjectId campaignId) {

        PostAttributes attributes() {
            return new PostAttributes(format, topics, campaignId);
        }
    }

    /** The event of a batch: its ID. */
    record Logged(String batchId, boolean rebuild) {
    }
}
