package io.carepulse.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalDaysTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aPeriodEndingAtLocalMidnightEndsOnTheDayBefore() {
        LocalDays days = LocalDays.covering(Instant.parse("2026-03-01T05:00:00Z"), Instant.parse("2026-03-04T05:00:00Z"),
                NEW_YORK);

        assertThat(days.days()).containsExactly(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-03"));
        assertThat(days.count()).isEqualTo(3);
    }

    @Test
    void aDayCountsWhenAnyPartOfItIsInThePeriod() {
        // 23:30 on the 1st to 00:30 on the 3rd, New York time.
        LocalDays days = LocalDays.covering(Instant.parse("2026-03-02T04:30:00Z"), Instant.parse("2026-03-03T05:30:00Z"),
                NEW_YORK);

        assertThat(days.first()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(days.last()).isEqualTo(LocalDate.parse("2026-03-03"));
        assertThat(days.start()).isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
        assertThat(days.end()).isEqualTo(Instant.parse("2026-03-04T05:00:00Z"));
    }

    @Test
    void theDaysFollowTheZoneAcrossADaylightSavingChangeAndAHalfHourOffset() {
        // New York springs forward on 8 March 2026: that day is 23 hours long.
        LocalDays spring = LocalDays.covering(Instant.parse("2026-03-08T05:00:00Z"), Instant.parse("2026-03-09T04:00:00Z"),
                NEW_YORK);
        assertThat(spring.days()).containsExactly(LocalDate.parse("2026-03-08"));
        assertThat(spring.end()).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));

        // Kolkata is 5:30 ahead of UTC: 18:30 UTC is the next day's midnight there.
        LocalDays kolkata = LocalDays.covering(Instant.parse("2026-03-01T18:30:00Z"),
                Instant.parse("2026-03-02T18:30:00Z"), ZoneId.of("Asia/Kolkata"));
        assertThat(kolkata.days()).containsExactly(LocalDate.parse("2026-03-02"));
    }

    @Test
    void everyStepsFromTheGivenDayUpToTheLastDay() {
        LocalDays days = LocalDays.covering(Instant.parse("2026-03-04T12:00:00Z"), Instant.parse("2026-03-17T12:00:00Z"),
                ZoneId.of("UTC"));

        assertThat(days.every(LocalDate.parse("2026-03-02"), Period.ofWeeks(1))).containsExactly(
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-16"));
    }
}
