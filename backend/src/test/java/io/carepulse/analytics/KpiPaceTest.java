package io.carepulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.analytics.KpiPace.Pace;
import io.carepulse.campaign.Campaign.KpiMetric;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A 30-day campaign (1 to 30 November) judged on the 11th, at its end and without an end. */
class KpiPaceTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final LocalDate END = LocalDate.of(2026, 11, 30);
    private static final LocalDate ELEVENTH = LocalDate.of(2026, 11, 11);

    @Test
    void aCountIsOnTrackAtRiskOrBehindByWhereItsRecentDailyRateTakesItByTheEnd() {
        // 10 days done, 19 left after today: 4,000 + 19 × 320 = 10,080 ≥ 10,000.
        var onTrack = KpiPace.of(KpiMetric.IMPRESSIONS, 10_000, 4_000.0, 320.0, START, END, ELEVENTH);
        assertThat(onTrack.progress()).isEqualTo(0.4);
        assertThat(onTrack.projected()).isEqualTo(10_080.0);
        assertThat(onTrack.pace()).isEqualTo(Pace.ON_TRACK);
        // 4,000 + 19 × 230 = 8,370: at least 80 %.
        assertThat(KpiPace.of(KpiMetric.IMPRESSIONS, 10_000, 4_000.0, 230.0, START, END, ELEVENTH).pace())
                .isEqualTo(Pace.AT_RISK);
        // 4,000 + 19 × 100 = 5,900.
        assertThat(KpiPace.of(KpiMetric.IMPRESSIONS, 10_000, 4_000.0, 100.0, START, END, ELEVENTH).pace())
                .isEqualTo(Pace.BEHIND);
        // Unknown recent rate: no more progress is assumed.
        assertThat(KpiPace.of(KpiMetric.FOLLOWERS_GAINED, 100, 90.0, null, START, END, ELEVENTH).pace())
                .isEqualTo(Pace.AT_RISK);
    }

    @Test
    void aRateIsJudgedByItsRecentValue() {
        var rate = KpiPace.of(KpiMetric.ENGAGEMENT_RATE, 5, 4.0, 5.5, START, END, ELEVENTH);
        assertThat(rate.progress()).isEqualTo(0.8);
        assertThat(rate.pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(KpiPace.of(KpiMetric.ENGAGEMENT_RATE, 5, 4.0, 3.0, START, END, ELEVENTH).pace())
                .isEqualTo(Pace.BEHIND);
    }

    @Test
    void anEndedCampaignMetItsTargetOrNotAndOneWithoutAnEndHasNoPace() {
        LocalDate after = END.plusDays(3);
        assertThat(KpiPace.of(KpiMetric.IMPRESSIONS, 10_000, 10_500.0, 0.0, START, END, after).pace())
                .isEqualTo(Pace.ON_TRACK);
        assertThat(KpiPace.of(KpiMetric.IMPRESSIONS, 10_000, 9_000.0, 0.0, START, END, after).pace())
                .isEqualTo(Pace.BEHIND);
        var open = KpiPace.of(KpiMetric.IMPRESSIONS, 10_000, 2_500.0, 300.0, START, null, ELEVENTH);
        assertThat(open.progress()).isEqualTo(0.25);
        assertThat(open.pace()).isNull();
    }

    @Test
    void beforeTheStartEveryDayIsLeftAndWithoutDataThereIsNeitherProgressNorPace() {
        var early = KpiPace.of(KpiMetric.IMPRESSIONS, 3_000, 0.0, 100.0, START, END, START.minusDays(5));
        assertThat(early.projected()).isEqualTo(3_000.0);
        assertThat(early.pace()).isEqualTo(Pace.ON_TRACK);
        var none = KpiPace.of(KpiMetric.REACH, 1_000, null, null, START, END, ELEVENTH);
        assertThat(none.progress()).isNull();
        assertThat(none.pace()).isNull();
        assertThat(KpiPace.measured(KpiMetric.FUNDS_RAISED)).isFalse();
        assertThat(KpiPace.measured(KpiMetric.IMPRESSIONS)).isTrue();
    }
}
