package io.carepulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.feedback.ThemeDay.Tone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** A week's roll-up is the sum of its days, counted as if every message of the week had been folded into one. */
class ThemeWeeksTest {

    @Test
    void aWeeksRollUpEqualsTheFoldOfAllItsDaysMessages() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        List<ThemeDay> days = new ArrayList<>();
        List<ThemedMessage> all = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            String day = monday.plusDays(d).toString();
            List<ThemedMessage> messages = new ArrayList<>();
            for (int m = 0; m <= d; m++) {
                messages.add(message(day, "thread-" + d + "-" + m, d % 2 == 0 ? "WAIT_TIMES" : "BILLING_AND_INSURANCE",
                        d % 3 == 0 ? "POSITIVE" : "NEGATIVE", Map.of("wait", "wait", "day" + d, "day " + d)));
            }
            all.addAll(messages);
            ThemeDay empty = new ThemeDay("org|" + day + "|ALL", "org", day, "ALL", d + 1, 0, Tone.NONE, Map.of(),
                    Map.of());
            days.add(ThemeDays.merge(empty, messages));
        }
        ThemeDay week = ThemeWeeks.sum("org|W2026-11-30|ALL", "org", "W2026-11-30", "ALL", days.reversed());
        ThemeDay folded = ThemeDays.merge(new ThemeDay("x", "org", "x", "ALL", 0, 0, Tone.NONE, Map.of(), Map.of()),
                all);

        assertThat(week.messages()).isEqualTo(28).isEqualTo(folded.messages());
        assertThat(week.tone()).isEqualTo(folded.tone());
        assertThat(week.appliedSequence()).as("the days' own, added: it only grows").isEqualTo(1 + 2 + 3 + 4 + 5 + 6 + 7);
        assertThat(week.themes()).isEqualTo(folded.themes());
        assertThat(week.terms().keySet()).isEqualTo(folded.terms().keySet());
        assertThat(week.terms().get("wait").messages()).isEqualTo(28);
        assertThat(week.terms().get("wait").threads()).hasSize(ThemeDays.KEPT);
        assertThat(week.terms().get("day6").threads()).isEqualTo(folded.terms().get("day6").threads())
                .hasSize(ThemeDays.KEPT);
        assertThat(week.terms().get("day2").threads()).as("fewer than 5: all of them")
                .containsExactly(ThemeDays.shortKey("thread-2-0"), ThemeDays.shortKey("thread-2-1"),
                        ThemeDays.shortKey("thread-2-2")).isEqualTo(folded.terms().get("day2").threads());
    }

    @Test
    void aDaysWeekStartsOnItsMonday() {
        assertThat(ThemeWeeks.week(LocalDate.of(2026, 12, 6))).isEqualTo("W2026-11-30");
        assertThat(ThemeWeeks.week(LocalDate.of(2026, 11, 30))).isEqualTo("W2026-11-30");
        assertThat(ThemeWeeks.key("2026-12-01", "GOOGLE_REVIEW")).isEqualTo("W2026-11-30|GOOGLE_REVIEW");
    }

    private static ThemedMessage message(String day, String thread, String theme, String sentiment,
            Map<String, String> terms) {
        ObjectId inbox = new ObjectId();
        return new ThemedMessage("thread|" + thread, "org", FeedbackThread.Source.GOOGLE_REVIEW, thread, inbox, day,
                Instant.parse(day + "T12:00:00Z"), List.of(theme), sentiment, "POSITIVE".equals(sentiment) ? 0.5 : -0.25,
                terms);
    }
}
