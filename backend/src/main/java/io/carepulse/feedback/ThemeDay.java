package io.carepulse.feedback;

import io.carepulse.platform.tenancy.TenantOwned;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One day's counts of one source (or of all, {@code ALL}) in an organisation's time zone, under the
 * deterministic ID {@code org|day|source}: what {@code feedbackThemes} reads, by ID, instead of
 * scanning messages. Themes are counted exactly; terms (for emerging phrases) keep the day's
 * {@value ThemeDays#TERMS_PER_DAY} most used, each with up to 5 of the threads that used it, so
 * the 5-thread floor can be checked exactly across days.
 */
@Document(ThemeDay.COLLECTION)
record ThemeDay(@Id String id, String organizationId, String day, String source, long appliedSequence,
        long messages, Tone tone, Map<String, ThemeTally> themes, Map<String, TermTally> terms)
        implements TenantOwned {

    static final String COLLECTION = "feedback_theme_days";
    static final String ALL = "ALL";

    ThemeDay {
        tone = tone == null ? Tone.NONE : tone;
        themes = themes == null ? Map.of() : Map.copyOf(themes);
        terms = terms == null ? Map.of() : Map.copyOf(terms);
    }

    static String id(String organization, String day, String source) {
        return organization + "|" + day + "|" + source;
    }

    /** Messages by sentiment, and their scores added up. */
    record Tone(long positive, long neutral, long negative, double scoreSum) {
        static final Tone NONE = new Tone(0, 0, 0, 0);

        Tone plus(Tone other) {
            return new Tone(positive + other.positive, neutral + other.neutral, negative + other.negative,
                    scoreSum + other.scoreSum);
        }

        static Tone of(String sentiment, double score) {
            return new Tone("POSITIVE".equals(sentiment) ? 1 : 0, "NEUTRAL".equals(sentiment) ? 1 : 0,
                    "NEGATIVE".equals(sentiment) ? 1 : 0, score);
        }

        long messages() {
            return positive + neutral + negative;
        }
    }

    /** @param examples up to 5 inbox threads of the day, newest last (hex IDs) */
    record ThemeTally(long messages, Tone tone, List<String> examples) {
        ThemeTally {
            tone = tone == null ? Tone.NONE : tone;
            examples = examples == null ? List.of() : List.copyOf(examples);
        }
    }

    /** @param threads up to 5 distinct thread keys that used the term that day */
    record TermTally(long messages, Tone tone, List<String> threads, String surface) {
        TermTally {
            tone = tone == null ? Tone.NONE : tone;
            threads = threads == null ? List.of() : List.copyOf(threads);
        }
    }
}
