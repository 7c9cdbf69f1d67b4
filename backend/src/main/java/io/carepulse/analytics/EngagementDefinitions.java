package io.carepulse.analytics;

import io.carepulse.segment.Channel;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The one place where CarePulse's engagement figures are defined (the README's "Analytics
 * definitions" says the same in words). Every figure is made from the totals of one post, or of
 * several posts added up, never from averages of averages:
 * <ul>
 * <li><b>engagement</b> = reactions + comments + shares + saves, + clicks on the channels whose own
 * engagement counts them ({@link #CLICKS_COUNTED}: Facebook's post engagements, LinkedIn's and X's
 * engagements include link clicks; Instagram, YouTube and TikTok report no clicks per post);
 * <li><b>engagement rate</b> = engagement / reach; where no reach was reported, engagement /
 * impressions, labelled {@link RateBasis#IMPRESSIONS}; neither: no rate. For several posts it is
 * weighted: their engagement added up over their reach added up (each post's reach as its own
 * weight — reach itself is never shown summed across posts or days, since the same person is
 * counted once per post);
 * <li><b>follower growth</b> = followers gained − followers lost;
 * <li><b>click-through rate</b> = clicks / impressions;
 * <li><b>average watch time</b> = video watch seconds / video views (platforms report no video
 * length per post, so completion is given as this, in seconds).
 * </ul>
 */
public final class EngagementDefinitions {

    /** The definitions' version, kept with each figure recorded under them. */
    public static final int VERSION = 1;

    /** Channels whose reported engagement includes clicks. */
    public static final Set<Channel> CLICKS_COUNTED = Set.of(Channel.FACEBOOK, Channel.LINKEDIN, Channel.X);

    /** Metrics that count people rather than actions: never added across posts or days. */
    public static final Set<EngagementMetric> PEOPLE = Set.of(EngagementMetric.REACH);

    private EngagementDefinitions() {
    }

    /** What an engagement rate was divided by. */
    public enum RateBasis { REACH, IMPRESSIONS }

    /** A rate, and what it was divided by. */
    public record Rate(double value, RateBasis basis) {
    }

    /** One post's totals, or several posts' added up (reach of several posts: see {@link #rate}). */
    public record Totals(Map<EngagementMetric, Double> values) {

        public Totals {
            values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
        }

        public static Totals of(Map<EngagementMetric, Double> values) {
            return new Totals(values);
        }

        public double get(EngagementMetric metric) {
            return values.getOrDefault(metric, 0.0);
        }

        public boolean has(EngagementMetric metric) {
            return values.containsKey(metric);
        }

        /** These totals and {@code other}'s, added up metric by metric. */
        public Totals plus(Totals other) {
            Map<EngagementMetric, Double> sum = new EnumMap<>(EngagementMetric.class);
            sum.putAll(values);
            other.values.forEach((metric, value) -> sum.merge(metric, value, Double::sum));
            return new Totals(sum);
        }
    }

    /** Whether {@code metric} is part of engagement on {@code channel}. */
    public static boolean countsAsEngagement(EngagementMetric metric, Channel channel) {
        return switch (metric) {
            case REACTIONS, COMMENTS, SHARES, SAVES -> true;
            case CLICKS -> CLICKS_COUNTED.contains(channel);
            default -> false;
        };
    }

    /** Engagement of a post on {@code channel}. */
    public static double engagement(Totals totals, Channel channel) {
        double engagement = totals.get(EngagementMetric.REACTIONS) + totals.get(EngagementMetric.COMMENTS)
                + totals.get(EngagementMetric.SHARES) + totals.get(EngagementMetric.SAVES);
        return CLICKS_COUNTED.contains(channel) ? engagement + totals.get(EngagementMetric.CLICKS) : engagement;
    }

    /** Engagement of figures kept per channel: each channel's by its own rule, added up. */
    public static double engagement(Map<Channel, Totals> byChannel) {
        double engagement = 0;
        for (Map.Entry<Channel, Totals> channel : byChannel.entrySet()) {
            engagement += engagement(channel.getValue(), channel.getKey());
        }
        return engagement;
    }

    /**
     * Engagement over reach, or over impressions where no reach was reported; null when neither
     * was (or both are zero). {@code engagement} and the totals are of the same posts.
     */
    public static Rate rate(double engagement, Totals totals) {
        if (totals.get(EngagementMetric.REACH) > 0) {
            return new Rate(engagement / totals.get(EngagementMetric.REACH), RateBasis.REACH);
        }
        if (totals.get(EngagementMetric.IMPRESSIONS) > 0) {
            return new Rate(engagement / totals.get(EngagementMetric.IMPRESSIONS), RateBasis.IMPRESSIONS);
        }
        return null;
    }

    /** One post's totals on its channel. */
    public record PostTotals(Channel channel, Totals totals) {
    }

    /**
     * The engagement rate of several posts, weighted by their reach: the engagement of the posts
     * that reported reach over their reach, added up. Only when none reported reach, over
     * impressions likewise. Null when neither was reported.
     */
    public static Rate weightedRate(java.util.List<PostTotals> posts) {
        double engagement = 0;
        double reach = 0;
        double engagementWithImpressions = 0;
        double impressions = 0;
        for (PostTotals post : posts) {
            double postEngagement = engagement(post.totals(), post.channel());
            if (post.totals().get(EngagementMetric.REACH) > 0) {
                engagement += postEngagement;
                reach += post.totals().get(EngagementMetric.REACH);
            } else if (post.totals().get(EngagementMetric.IMPRESSIONS) > 0) {
                engagementWithImpressions += postEngagement;
                impressions += post.totals().get(EngagementMetric.IMPRESSIONS);
            }
        }
        if (reach > 0) {
            return new Rate(engagement / reach, RateBasis.REACH);
        }
        return impressions > 0 ? new Rate(engagementWithImpressions / impressions, RateBasis.IMPRESSIONS) : null;
    }

    public static double followerGrowth(Totals totals) {
        return totals.get(EngagementMetric.FOLLOWERS_GAINED) - totals.get(EngagementMetric.FOLLOWERS_LOST);
    }

    /** Clicks over impressions; null without impressions. */
    public static Double clickThroughRate(Totals totals) {
        double impressions = totals.get(EngagementMetric.IMPRESSIONS);
        return impressions > 0 ? totals.get(EngagementMetric.CLICKS) / impressions : null;
    }

    /** Seconds watched per view; null without views. */
    public static Double averageWatchSeconds(Totals totals) {
        double views = totals.get(EngagementMetric.VIDEO_VIEWS);
        return views > 0 ? totals.get(EngagementMetric.VIDEO_WATCH_SECONDS) / views : null;
    }
}
