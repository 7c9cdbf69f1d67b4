package io.carepulse.analytics;

import io.carepulse.analytics.EngagementDefinitions.Totals;
import io.carepulse.segment.Channel;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;

/**
 * One roll-up document's figures as read (only the parts a query asked for): per breakdown and
 * channel, the metrics and rate parts; per post, its metrics; in a day's, per local hour and
 * channel, the metrics and rate parts; in a best-times document, per publishing slot, the rate
 * parts and the posts ({@code n}).
 */
record RollupFigures(Map<String, Map<Channel, Map<String, Double>>> breakdowns, Map<PostRef, Totals> posts,
        Map<Long, Map<Channel, Map<String, Double>>> hours, Map<String, Map<String, Double>> cells) {

    static final RollupFigures NONE = new RollupFigures(Map.of(), Map.of(), Map.of(), Map.of());

    /** A post on a channel ({@link PostKey}). */
    record PostRef(Channel channel, String post) {
    }

    static RollupFigures of(Document stored) {
        Map<String, Map<Channel, Map<String, Double>>> breakdowns = new HashMap<>();
        Document g = stored.get("g", Document.class);
        if (g != null) {
            g.forEach((dimension, byChannel) -> breakdowns.put(dimension, byChannel((Document) byChannel)));
        }
        Map<PostRef, Totals> posts = new HashMap<>();
        Document p = stored.get("p", Document.class);
        if (p != null) {
            p.forEach((key, metrics) -> {
                int bar = key.indexOf('|');
                posts.put(new PostRef(Channel.valueOf(key.substring(0, bar)), PostKey.fromField(key.substring(bar + 1))),
                        totals(values((Document) metrics)));
            });
        }
        Map<Long, Map<Channel, Map<String, Double>>> hours = new HashMap<>();
        Document h = stored.get("h", Document.class);
        if (h != null) {
            h.forEach((hour, byChannel) -> hours.put(Long.parseLong(hour), byChannel((Document) byChannel)));
        }
        // The local hours of the day (0 to 23) are read into the same map, by hour number.
        Document o = stored.get("o", Document.class);
        if (o != null) {
            o.forEach((hour, byChannel) -> hours.put(Long.parseLong(hour), byChannel((Document) byChannel)));
        }
        Map<String, Map<String, Double>> cells = new HashMap<>();
        Document c = stored.get("c", Document.class);
        if (c != null) {
            c.forEach((cell, values) -> cells.put(cell, values((Document) values)));
        }
        return new RollupFigures(breakdowns, posts, hours, cells);
    }

    static Map<Channel, Map<String, Double>> byChannel(Document stored) {
        Map<Channel, Map<String, Double>> channels = new EnumMap<>(Channel.class);
        stored.forEach((channel, values) -> channels.put(Channel.valueOf(channel), values((Document) values)));
        return channels;
    }

    static Map<String, Double> values(Document stored) {
        Map<String, Double> values = new HashMap<>();
        stored.forEach((key, value) -> values.put(key, ((Number) value).doubleValue()));
        return values;
    }

    /** The metrics among some values (not the rate parts). */
    static Totals totals(Map<String, Double> values) {
        Map<EngagementMetric, Double> metrics = new EnumMap<>(EngagementMetric.class);
        values.forEach((key, value) -> {
            if (!RateParts.isPart(key)) {
                metrics.put(EngagementMetric.valueOf(key), value);
            }
        });
        return Totals.of(metrics);
    }
}
