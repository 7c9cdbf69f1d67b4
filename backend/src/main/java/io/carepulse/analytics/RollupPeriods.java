package io.carepulse.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods of the roll-ups, in the organisation's time zone, and their documents' IDs:
 * {@code org|g<generation>|D2026-03-29} (a day, with its hours inside), {@code …|W2026-03-23} (the
 * week starting that Monday), {@code …|M2026-03} (a month) and {@code …|BFACEBOOK|2026-03-23} (the
 * best times to post on a channel, from the posts published that week). A rebuild writes a new generation.
 */
final class RollupPeriods {

    private RollupPeriods() {
    }

    static String day(LocalDate day) {
        return "D" + day;
    }

    static String week(LocalDate day) {
        return "W" + monday(day);
    }

    static String month(LocalDate day) {
        return "M" + YearMonth.from(day);
    }

    /** The best times to post on a channel, from the posts published in the week of {@code day}. */
    static String bestTimes(io.carepulse.segment.Channel channel, LocalDate day) {
        return "B" + channel + "|" + monday(day);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static String id(String org, int generation, String period) {
        return org + "|g" + generation + "|" + period;
    }
}
