package io.carepulse.analytics;

import io.carepulse.campaign.Campaign.KpiMetric;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A campaign KPI's progress against its target, and its pace: whether, at the rate of its last
 * days, it reaches the target by the campaign's end. One definition, for the API and the README:
 * <ul>
 * <li>a count (impressions, followers gained, …): progress = actual / target; projected = actual +
 * the recent daily rate × the days left; ON_TRACK when the projection reaches the target, AT_RISK
 * when it reaches at least {@value #AT_RISK_SHARE} of it, BEHIND below;
 * <li>a rate (engagement rate, in percent): progress = actual / target; the projection is the
 * recent rate itself, judged the same way;
 * <li>a campaign that has ended: ON_TRACK if the target was met, BEHIND if not;
 * <li>without an end date: progress, no pace; without data: neither.
 * </ul>
 */
public final class KpiPace {

    /** The share of its target a projection must reach not to be BEHIND. */
    public static final double AT_RISK_SHARE = 0.8;

    public enum Pace { ON_TRACK, AT_RISK, BEHIND }

    /**
     * @param progress actual / target (1 is met), null without data
     * @param pace     null without an end date or without data
     * @param projected what the KPI reaches by the end at its recent rate, null without pace
     */
    public record Progress(Double actual, Double progress, Pace pace, Double projected) {
    }

    private KpiPace() {
    }

    /** Whether CarePulse has data for the metric at all (funds raised come from no connector). */
    public static boolean measured(KpiMetric metric) {
        return metric != KpiMetric.FUNDS_RAISED;
    }

    public static boolean isRate(KpiMetric metric) {
        return metric == KpiMetric.ENGAGEMENT_RATE;
    }

    /**
     * @param actual    the KPI so far (a rate in percent for a rate), null without data
     * @param recent    a count's daily rate over its recent days, or a rate's recent value; null
     *                  when unknown (then the projection assumes no more progress)
     * @param today     in the organisation's time zone
     */
    public static Progress of(KpiMetric metric, double target, Double actual, Double recent, LocalDate start,
            LocalDate end, LocalDate today) {
        if (actual == null || target <= 0) {
            return new Progress(actual, null, null, null);
        }
        double progress = actual / target;
        if (end == null) {
            return new Progress(actual, progress, null, null);
        }
        if (today.isAfter(end)) {
            return new Progress(actual, progress, progress >= 1 ? Pace.ON_TRACK : Pace.BEHIND, actual);
        }
        double projected;
        if (isRate(metric)) {
            projected = recent == null ? actual : recent;
        } else {
            LocalDate from = today.isBefore(start) ? start : today;
            long daysLeft = ChronoUnit.DAYS.between(from, end) + (today.isBefore(start) ? 1 : 0);
            projected = actual + (recent == null ? 0 : Math.max(0, recent)) * daysLeft;
        }
        Pace pace = projected >= target ? Pace.ON_TRACK
                : projected >= AT_RISK_SHARE * target ? Pace.AT_RISK : Pace.BEHIND;
        return new Progress(actual, progress, pace, projected);
    }
}
