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
 * Which figures a query counts (channels, and posts when the filter names content, a campaign, a
 * format or a topic) and the points it makes of them, by the definitions.
 *
 * @param channels null: all
 * @param posts    null: every post, and the page (channel figures are read whole)
 * @param onePost  the filter names one piece of content: its reach may be shown
 */
record EngagementSelection(Set<Channel> channels, Predicate<PostRef> posts, boolean onePost) {

    record EngagementValue(EngagementMetric metric, Double value) {
    }

    record EngagementPoint(Instant start, Instant end, List<EngagementValue> values, double engagement,
            Rate engagementRate) {
    }

    private boolean channel(Channel channel) {
        return channels == null || channels.contains(channel);
    }

    /** The point of some roll-ups' figures (a day's, or a week's…, or several of them for a total). */
    EngagementPoint point(Instant start, Instant end, List<RollupFigures> figures, List<EngagementMetric> metrics) {
        Map<PostRef, Totals> posts = new HashMap<>();
        for (RollupFigures f : figures) {
            f.posts().forEach((ref, totals) -> {
                if (channel(ref.channel()) && (this.posts == null || this.posts.test(ref))) {
                    posts.merge(ref, totals, Totals::plus);
                }
            });
        }
        Map<Channel, Totals> byChannel = new EnumMap<>(Channel.class);
        if (this.posts == null) {
            figures.forEach(f -> f.channels().forEach((channel, totals) -> {
                if (channel(channel)) {
                    byChannel.merge(channel, totals, Totals::plus);
                }
            }));
        } else {
            posts.forEach((ref, totals) -> byChannel.merge(ref.channel(), totals, Totals::plus));
        }
        List<PostTotals> perPost = posts.entrySet().stream()
                .map(e -> new PostTotals(e.getKey().channel(), e.getValue())).toList();
        return point(start, end, byChannel, metrics, EngagementDefinitions.weightedRate(perPost),
                onePost && posts.size() == 1 ? posts.values().iterator().next() : null);
    }

    /** An hour's point: channel figures only, so no rate. */
    EngagementPoint hour(Instant start, Instant end, List<Map<Channel, Totals>> hours, List<EngagementMetric> metrics) {
        Map<Channel, Totals> byChannel = new EnumMap<>(Channel.class);
        hours.forEach(hour -> hour.forEach((channel, totals) -> {
            if (channel(channel)) {
                byChannel.merge(channel, totals, Totals::plus);
            }
        }));
        return point(start, end, byChannel, metrics, null, null);
    }

    private static EngagementPoint point(Instant start, Instant end, Map<Channel, Totals> byChannel,
            List<EngagementMetric> metrics, Rate rate, Totals onePost) {
        double engagement = 0;
        for (Map.Entry<Channel, Totals> channel : byChannel.entrySet()) {
            engagement += EngagementDefinitions.engagement(channel.getValue(), channel.getKey());
        }
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
