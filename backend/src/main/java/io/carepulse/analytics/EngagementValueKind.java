package io.carepulse.analytics;

/** How a recorded value counts: a platform's running total (the default) or what happened since its last report. */
public enum EngagementValueKind {
    CUMULATIVE,
    DELTA
}
