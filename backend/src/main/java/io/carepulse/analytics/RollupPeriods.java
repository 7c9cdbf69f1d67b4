package io.carepulse.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods of the roll-ups, in the organisation's time zone, and their documents' IDs:
 * {@code org|g<generation>|D2026-03-29} (a day, with its hours inside), {@code …|W2026-03-23} (the
 * week starting that Monday) and {@code …|M2026-03} (a month). A rebuild writes a new generation.
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

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static String id(String org, int generation, String period) {
        return org + "|g" + generation + "|" + period;
    }
}
