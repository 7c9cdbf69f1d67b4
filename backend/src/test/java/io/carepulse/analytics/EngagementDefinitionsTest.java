package io.carepulse.analytics;

import static io.carepulse.analytics.EngagementMetric.CLICKS;
import static io.carepulse.analytics.EngagementMetric.COMMENTS;
import static io.carepulse.analytics.EngagementMetric.FOLLOWERS_GAINED;
import static io.carepulse.analytics.EngagementMetric.FOLLOWERS_LOST;
import static io.carepulse.analytics.EngagementMetric.IMPRESSIONS;
import static io.carepulse.analytics.EngagementMetric.REACH;
import static io.carepulse.analytics.EngagementMetric.REACTIONS;
import static io.carepulse.analytics.EngagementMetric.SAVES;
import static io.carepulse.analytics.EngagementMetric.SHARES;
import static io.carepulse.analytics.EngagementMetric.VIDEO_VIEWS;
import static io.carepulse.analytics.EngagementMetric.VIDEO_WATCH_SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.carepulse.analytics.EngagementDefinitions.PostTotals;
import io.carepulse.analytics.EngagementDefinitions.RateBasis;
import io.carepulse.analytics.EngagementDefinitions.Totals;
import io.carepulse.segment.Channel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formulas on a fixed data set: three posts, on channels that count clicks and one that does not. */
class EngagementDefinitionsTest {

    private static final Totals FACEBOOK_POST = Totals.of(Map.of(IMPRESSIONS, 2_000.0, REACH, 1_000.0, REACTIONS, 40.0,
            COMMENTS, 10.0, SHARES, 5.0, SAVES, 5.0, CLICKS, 20.0, FOLLOWERS_GAINED, 12.0, FOLLOWERS_LOST, 2.0));
    private static final Totals INSTAGRAM_POST = Totals.of(Map.of(IMPRESSIONS, 900.0, REACH, 600.0, REACTIONS, 50.0,
            COMMENTS, 4.0, SAVES, 6.0, CLICKS, 30.0, VIDEO_VIEWS, 200.0, VIDEO_WATCH_SECONDS, 3_000.0));
    /** An X post exported without reach: its rate is per impression. */
    private static final Totals X_POST = Totals.of(Map.of(IMPRESSIONS, 4_000.0, REACTIONS, 30.0, SHARES, 10.0,
            CLICKS, 40.0));

    @Test
    void engagementCountsClicksOnlyOnChannelsWhoseEngagementIncludesThem() {
        assertThat(EngagementDefinitions.engagement(FACEBOOK_POST, Channel.FACEBOOK)).isEqualTo(80.0);
        assertThat(EngagementDefinitions.engagement(INSTAGRAM_POST, Channel.INSTAGRAM)).isEqualTo(60.0);
        assertThat(EngagementDefinitions.engagement(X_POST, Channel.X)).isEqualTo(80.0);
    }

    @Test
    void aPostsRateIsOverReachOrOverImpressionsLabelledSoWhenItHasNoReach() {
        var facebook = EngagementDefinitions.rate(80, FACEBOOK_POST);
        assertThat(facebook.value()).isEqualTo(0.08);
        assertThat(facebook.basis()).isEqualTo(RateBasis.REACH);
        var x = EngagementDefinitions.rate(80, X_POST);
        assertThat(x.value()).isEqualTo(0.02);
        assertThat(x.basis()).isEqualTo(RateBasis.IMPRESSIONS);
        assertThat(EngagementDefinitions.rate(5, Totals.of(Map.of(REACTIONS, 5.0)))).isNull();
    }

    @Test
    void severalPostsRateIsWeightedByReachAndLeavesOutPostsWithoutReach() {
        var rate = EngagementDefinitions.weightedRate(List.of(new PostTotals(Channel.FACEBOOK, FACEBOOK_POST),
                new PostTotals(Channel.INSTAGRAM, INSTAGRAM_POST), new PostTotals(Channel.X, X_POST)));
        // (80 + 60) / (1,000 + 600), not the mean of 8% and 10%, and not with the X post's engagement.
        assertThat(rate.value()).isCloseTo(140.0 / 1_600, within(1e-12));
        assertThat(rate.basis()).isEqualTo(RateBasis.REACH);
        var onlyImpressions = EngagementDefinitions.weightedRate(List.of(new PostTotals(Channel.X, X_POST)));
        assertThat(onlyImpressions.value()).isEqualTo(0.02);
        assertThat(onlyImpressions.basis()).isEqualTo(RateBasis.IMPRESSIONS);
    }

    @Test
    void followerGrowthClickThroughAndWatchTime() {
        assertThat(EngagementDefinitions.followerGrowth(FACEBOOK_POST)).isEqualTo(10.0);
        assertThat(EngagementDefinitions.clickThroughRate(FACEBOOK_POST)).isEqualTo(0.01);
        assertThat(EngagementDefinitions.clickThroughRate(Totals.of(Map.of(CLICKS, 3.0)))).isNull();
        assertThat(EngagementDefinitions.averageWatchSeconds(INSTAGRAM_POST)).isEqualTo(15.0);
        assertThat(EngagementDefinitions.averageWatchSeconds(FACEBOOK_POST)).isNull();
    }

    @Test
    void totalsAddUpMetricByMetric() {
        Totals sum = FACEBOOK_POST.plus(X_POST);
        assertThat(sum.get(IMPRESSIONS)).isEqualTo(6_000.0);
        assertThat(sum.get(REACTIONS)).isEqualTo(70.0);
        assertThat(sum.has(VIDEO_VIEWS)).isFalse();
    }
}
