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
 * definitions). {@link Rollups} takes the batches in, in the order of their events. Its items are
 * stored compactly, as {@link Item#stored()} writes them: a call of 1,000 is written and read often
 * enough for mapping records field by field to be its largest cost.
 *
 * @param rebuild a request to make the roll-ups again from the recorded figures, in its place in the order
 */
@Document(EngagementBatch.COLLECTION)
record EngagementBatch(@Id ObjectId id, String organizationId, Source source, int definitionsVersion,
        List<org.bson.Document> items, boolean rebuild, Instant receivedAt) implements TenantOwned {

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

        org.bson.Document stored() {
            org.bson.Document d = new org.bson.Document("p", post).append("c", channel.name())
                    .append("m", metric.name()).append("v", value).append("a", java.util.Date.from(at))
                    .append("l", line);
            if (kind == EngagementValueKind.DELTA) {
                d.append("k", kind.name());
            }
            if (publishedAt != null) {
                d.append("pa", java.util.Date.from(publishedAt));
            }
            if (contentId != null) {
                d.append("ci", contentId);
            }
            if (externalPostId != null) {
                d.append("x", externalPostId);
            }
            if (format != null) {
                d.append("f", format);
            }
            if (topics != null && !topics.isEmpty()) {
                d.append("t", topics);
            }
            if (campaignId != null) {
                d.append("cg", campaignId);
            }
            return d;
        }

        static Item of(org.bson.Document d) {
            java.util.Date published = d.getDate("pa");
            String kind = d.getString("k");
            return new Item(d.getString("p"), Channel.valueOf(d.getString("c")),
                    EngagementMetric.valueOf(d.getString("m")),
                    kind == null ? EngagementValueKind.CUMULATIVE : EngagementValueKind.valueOf(kind),
                    ((Number) d.get("v")).doubleValue(), d.getDate("a").toInstant(),
                    published == null ? null : published.toInstant(), d.getObjectId("ci"), d.getString("x"),
                    ((Number) d.get("l")).intValue(), d.getString("f"), d.getList("t", String.class, List.of()),
                    d.getObjectId("cg"));
        }
    }

    /** The event of a batch: its ID. */
    record Logged(String batchId, boolean rebuild) {
    }
}
