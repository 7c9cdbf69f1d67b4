package io.carepulse.analytics;

import io.carepulse.analytics.EngagementDefinitions.PostTotals;
import io.carepulse.analytics.EngagementDefinitions.Rate;
import io.carepulse.analytics.EngagementDefinitions.Totals;
import io.carepulse.analytics.RollupFigures.PostRef;
import io.carepulse.segment.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which figures a query counts and the points it makes of them, by the definitions: a breakdown of
 * the roll-ups (all, a format, a topic, a campaign) on some channels, or some posts.
 *
 * @param channels  null: all
 * @param breakdown the roll-ups' breakdown to read; null: the posts {@code posts} picks
 * @param onePost   the filter names one piece of content: its reach may be shown
 */
record EngagementSelection(Set<Channel> channels, String breakdown, Predicate<PostRef> posts, boolean onePost) {

    record EngagementValue(EngagementMetric metric, Double value) {
    }

    record EngagementPoint(Instant start, Instant end, List<EngagementValue> values, double engagement,
            Rate engagementRate) {
    }

    static EngagementSelection of(Set<Channel> channels, String breakdown) {
        return new EngagementSelection(channels, breakdown, null, false);
    }

    static EngagementSelection posts(Set<Channel> channels, Predicate<PostRef> posts, boolean onePost) {
        return new EngagementSelection(channels, null, posts, onePost);
    }

    private boolean channel(Channel channel) {
        return channels == null || channels.contains(channel);
    }

    /** The point of some roll-ups' figures (a day's, or a week's…, or several of them for a total). */
    EngagementPoint point(Instant start, Instant end, List<RollupFigures> figures, List<EngagementMetric> metrics) {
        if (breakdown != null) {
            List<Map<Channel, Map<String, Double>>> read = new ArrayList<>(figures.size());
            figures.forEach(f -> read.add(f.breakdowns().getOrDefault(breakdown, Map.of())));
            return summed(start, end, read, metrics);
        }
        Map<PostRef, Totals> chosen = new HashMap<>();
        for (RollupFigures f : figures) {
            f.posts().forEach((ref, totals) -> {
                if (channel(ref.channel()) && posts.test(ref)) {
                    chosen.merge(ref, totals, Totals::plus);
                }
            });
        }
        Map<Channel, Totals> byChannel = new EnumMap<>(Channel.class);
        chosen.forEach((ref, totals) -> byChannel.merge(ref.channel(), totals, Totals::plus));
        List<PostTotals> perPost = chosen.entrySet().stream()
                .map(e -> new PostTotals(e.getKey().channel(), e.getValue())).toList();
        return point(start, end, byChannel, metrics, EngagementDefinitions.weightedRate(perPost),
                onePost && chosen.size() == 1 ? chosen.values().iterator().next() : null);
    }

    /** The point of channel figures with their rate parts (a breakdown's, or hours'). */
    EngagementPoint summed(Instant start, Instant end, List<Map<Channel, Map<String, Double>>> read,
            List<EngagementMetric> metrics) {
        Map<Channel, Map<String, Double>> byChannel = new EnumMap<>(Channel.class);
        read.forEach(figures -> figures.forEach((channel, values) -> {
            if (channel(channel)) {
                Map<String, Double> sum = byChannel.computeIfAbsent(channel, c -> new HashMap<>());
                values.forEach((key, value) -> sum.merge(key, value, Double::sum));
            }
        }));
        Map<Channel, Totals> totals = new EnumMap<>(Channel.class);
        byChannel.forEach((channel, values) -> totals.put(channel, RollupFigures.totals(values)));
        return point(start, end, totals, metrics, RateParts.rate(byChannel.values()), null);
    }

    private static EngagementPoint point(Instant start, Instant end, Map<Channel, Totals> byChannel,
            List<EngagementMetric> metrics, Rate rate, Totals onePost) {
        double engagement = EngagementDefinitions.engagement(byChannel);
        List<EngagementValue> values = new ArrayList<>(metrics.size());
        for (EngagementMetric metric : metrics) {
            if (EngagementDefinitions.PEOPLE.contains(metric)) {
                values.add(new EngagementValue(metric, onePost == null ? null : onePost.get(metric)));
            } else {
                double sum = 0;
                for (Totals totals : byChannel.values()) {
                    sum += totals.get(metric);
                }
                values.add(new EngagementValue(metric, sum));
            }
        }
        return new EngagementPoint(start, end, values, engagement, rate);
    }
}
