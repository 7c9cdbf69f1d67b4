/**
 * Engagement analytics: what connectors and CSV files report about published content, counted
 * into roll-ups read by deterministic keys, and the figures made from them — engagement and its
 * rate, follower growth, click-through, campaign KPI progress and pace — each defined once, in
 * {@link io.carepulse.analytics.EngagementDefinitions} and {@link io.carepulse.analytics.KpiPace}.
 */
package io.carepulse.analytics;
