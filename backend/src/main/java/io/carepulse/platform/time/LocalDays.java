package io.carepulse.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The whole days of a zone that the period {@code [from, to)} touches: a day counts when any part of
 * it is in the period, so {@code to} at midnight ends on the day before.
 *
 * @param first the day {@code from} falls on
 * @param last  the day the period's last instant falls on
 */
public record LocalDays(LocalDate first, LocalDate last, ZoneId zone) {

    public LocalDays {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The last day " + last + " is before the first " + first);
        }
    }

    /** The days of {@code zone} that {@code [from, to)} touches; {@code to} must be after {@code from}. */
    public static LocalDays covering(Instant from, Instant to, ZoneId zone) {
        return new LocalDays(from.atZone(zone).toLocalDate(), to.minusNanos(1).atZone(zone).toLocalDate(), zone);
    }

    /** Every day, first to last. */
    public List<LocalDate> days() {
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /** Every {@code step}-th day from {@code start} up to the last day (a week's Mondays, say). */
    public List<LocalDate> every(LocalDate start, Period step) {
        return start.datesUntil(last.plusDays(1), step).toList();
    }

    /** How many days. */
    public long count() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** When the first day starts, in the zone. */
    public Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** When the last day ends (the next day starts), in the zone. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
