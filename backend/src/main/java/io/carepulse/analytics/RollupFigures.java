package io.carepulse.analytics;

import io.carepulse.analytics.EngagementDefinitions.Totals;
import io.carepulse.segment.Channel;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;

/** One roll-up document's figures as read: per channel, per post, and (a day's) per local hour and channel. */
record RollupFigures(Map<Channel, Totals> channels, Map<PostRef, Totals> posts, Map<Long, Map<Channel, Totals>> hours) {

    static final RollupFigures NONE = new RollupFigures(Map.of(), Map.of(), Map.of());

    /** A post on a channel ({@link PostKey}). */
    record PostRef(Channel channel, String post) {
    }

    static RollupFigures of(Document stored) {
        Map<Channel, Totals> channels = byChannel(stored.get("m", Document.class));
        Map<PostRef, Totals> posts = new HashMap<>();
        Document p = stored.get("p", Document.class);
        if (p != null) {
            p.forEach((key, metrics) -> {
                int bar = key.indexOf('|');
                posts.put(new PostRef(Channel.valueOf(key.substring(0, bar)), PostKey.fromField(key.substring(bar + 1))),
                        totals((Document) metrics));
            });
        }
        Map<Long, Map<Channel, Totals>> hours = new HashMap<>();
        Document h = stored.get("h", Document.class);
        if (h != null) {
            h.forEach((hour, byChannel) -> hours.put(Long.parseLong(hour), byChannel((Document) byChannel)));
        }
        return new RollupFigures(channels, posts, hours);
    }

    private static Map<Channel, Totals> byChannel(Document stored) {
        Map<Channel, Totals> channels = new EnumMap<>(Channel.class);
        if (stored != null) {
            stored.forEach((channel, metrics) -> channels.put(Channel.valueOf(channel), totals((Document) metrics)));
        }
        return channels;
    }

    private static Totals totals(Document metrics) {
        Map<EngagementMetric, Double> values = new EnumMap<>(EngagementMetric.class);
        metrics.forEach((metric, value) -> values.put(EngagementMetric.valueOf(metric), ((Number) value).doubleValue()));
        return Totals.of(values);
    }
}
