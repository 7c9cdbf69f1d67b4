package io.carepulse.analytics;

import io.carepulse.analytics.PostSeries.Adjustment;
import io.carepulse.segment.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parts of the reach-weighted engagement rate ({@link EngagementDefinitions#weightedRate}),
 * kept in the roll-ups beside the metrics so a period's rate is read without its posts: the
 * engagement and reach of the posts that report reach ({@value #REACHED_ENGAGEMENT},
 * {@value #REACH}), and the engagement and impressions of those that do not ({@value #OTHER_ENGAGEMENT},
 * {@value #IMPRESSIONS}). A post counts as reached once it reports a reach above zero: its figures
 * recorded before move to the reached parts then.
 */
final class RateParts {

    static final String REACHED_ENGAGEMENT = "rE";
    static final String REACH = "rR";
    static final String OTHER_ENGAGEMENT = "iE";
    static final String IMPRESSIONS = "iI";
    private static final Set<String> PARTS = Set.of(REACHED_ENGAGEMENT, REACH, OTHER_ENGAGEMENT, IMPRESSIONS);

    private RateParts() {
    }

    static boolean isPart(String key) {
        return PARTS.contains(key);
    }

    /** The parts of a post's metric adjustments, as reached or not. */
    static List<Adjustment> of(Channel channel, List<Adjustment> adjustments, boolean reached) {
        List<Adjustment> parts = new ArrayList<>();
        for (Adjustment adjustment : adjustments) {
            EngagementMetric metric = adjustment.metric();
            if (metric == null) {
                continue;
            }
            if (EngagementDefinitions.countsAsEngagement(metric, channel)) {
                parts.add(new Adjustment(adjustment.slot(), reached ? REACHED_ENGAGEMENT : OTHER_ENGAGEMENT,
                        adjustment.amount()));
            } else if (metric == EngagementMetric.REACH && reached) {
                parts.add(new Adjustment(adjustment.slot(), REACH, adjustment.amount()));
            } else if (metric == EngagementMetric.IMPRESSIONS && !reached) {
                parts.add(new Adjustment(adjustment.slot(), IMPRESSIONS, adjustment.amount()));
            }
        }
        return parts;
    }

    /** A post's figures so far, moved from one kind of parts to the other. */
    static List<Adjustment> moved(Channel channel, List<Adjustment> everything, boolean from, boolean to) {
        List<Adjustment> moved = new ArrayList<>();
        of(channel, everything, from).forEach(a -> moved.add(new Adjustment(a.slot(), a.key(), -a.amount())));
        moved.addAll(of(channel, everything, to));
        return moved;
    }

    /**
     * The rate of some figures that keep the parts ({@code rE}, {@code rR}, {@code iE}, {@code iI}),
     * their parts added up: a channel's, an hour's, a best-times slot's, or several of them.
     */
    static EngagementDefinitions.Rate rate(java.util.Collection<java.util.Map<String, Double>> figures) {
        double reachedEngagement = 0;
        double reach = 0;
        double otherEngagement = 0;
        double impressions = 0;
        for (java.util.Map<String, Double> values : figures) {
            reachedEngagement += values.getOrDefault(REACHED_ENGAGEMENT, 0.0);
            reach += values.getOrDefault(REACH, 0.0);
            otherEngagement += values.getOrDefault(OTHER_ENGAGEMENT, 0.0);
            impressions += values.getOrDefault(IMPRESSIONS, 0.0);
        }
        return rate(reachedEngagement, reach, otherEngagement, impressions);
    }

    /** The rate from summed parts: over reach where any was reported, else over impressions, else none. */
    private static EngagementDefinitions.Rate rate(double reachedEngagement, double reach, double otherEngagement,
            double impressions) {
        if (reach > 0) {
            return new EngagementDefinitions.Rate(reachedEngagement / reach, EngagementDefinitions.RateBasis.REACH);
        }
        return impressions > 0 ? new EngagementDefinitions.Rate(otherEngagement / impressions,
                EngagementDefinitions.RateBasis.IMPRESSIONS) : null;
    }
}
