package io.carepulse.analytics;

/** What a platform reports about a post or a page. */
public enum EngagementMetric {
    IMPRESSIONS,
    REACH,
    REACTIONS,
    COMMENTS,
    SHARES,
    SAVES,
    CLICKS,
    VIDEO_VIEWS,
    VIDEO_WATCH_SECONDS,
    FOLLOWERS_GAINED,
    FOLLOWERS_LOST
}
