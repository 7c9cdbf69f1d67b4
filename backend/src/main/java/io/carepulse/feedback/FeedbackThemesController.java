package io.carepulse.feedback;

import io.carepulse.feedback.ThemeDay.Tone;
import io.carepulse.feedback.themes.EmergingPhrase;
import io.carepulse.feedback.themes.EmergingPhrases;
import io.carepulse.feedback.themes.TermCounts;
import io.carepulse.feedback.themes.ThemeTaxonomy;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.time.LocalDays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code feedbackThemes}: the themes of a period against the previous period of the same length,
 * read from the per-day counts ({@link ThemeDay}) and their week roll-ups ({@link ThemeWeeks}) by
 * their IDs — two periods of whole days in the organisation's time zone, one document per whole
 * week or other day, and source — so its cost follows the weeks asked for, not the messages behind
 * them.
 */
@Controller
class FeedbackThemesController {

    static final int DAYS_MAX = 366;
    static final int EMERGING_MAX = 10;
    static final int EXAMPLES_MAX = 5;

    enum Kind { TAXONOMY, EMERGING }

    record ThemeSentiment(long positive, long neutral, long negative, double averageScore) {
        static ThemeSentiment of(Tone tone) {
            long messages = tone.messages();
            return new ThemeSentiment(tone.positive(), tone.neutral(), tone.negative(),
                    messages == 0 ? 0 : Math.round(tone.scoreSum() / messages * 1000) / 1000.0);
        }
    }

    record FeedbackTheme(String key, String label, Kind kind, long count, long threads, long previousCount,
            Double trendPercent, ThemeSentiment sentiment, List<String> exampleThreadIds) {
    }

    record FeedbackThemes(Instant from, Instant to, Instant previousFrom, long messages, ThemeSentiment sentiment,
            List<FeedbackTheme> themes, List<FeedbackTheme> emerging) {
    }

    private final TenantMongo mongo;
    private final OrganizationSettingsStore settings;
    private final ThemeTaxonomies taxonomies;

    FeedbackThemesController(TenantMongo mongo, OrganizationSettingsStore settings, ThemeTaxonomies taxonomies) {
        this.mongo = mongo;
        this.settings = settings;
        this.taxonomies = taxonomies;
    }

    @QueryMapping
    Mono<FeedbackThemes> feedbackThemes(@Argument Instant from, @Argument Instant to,
            @Argument List<FeedbackThread.Source> source) {
        if (!to.isAfter(from)) {
            throw new BadInputException("The period must end after it starts", "to");
        }
        if (Duration.between(from, to).toDays() >= DAYS_MAX) {
            throw new BadInputException("Choose a period of at most a year", "to");
        }
        List<String> sources = source == null || source.isEmpty() ? List.of(ThemeDay.ALL)
                : source.stream().distinct().map(Enum::name).toList();
        return Mono.zip(settings.current(), taxonomies.current(), mongo.tenant()).flatMap(t -> {
            ZoneId zone = t.getT1().zone();
            LocalDays period = LocalDays.covering(from, to, zone);
            LocalDate first = period.first();
            LocalDate last = period.last();
            long days = period.count();
            LocalDate previousFirst = first.minusDays(days);
            Instant previousFrom = previousFirst.atStartOfDay(zone).toInstant();
            return Mono.zip(totals(t.getT3(), first, last, sources), totals(t.getT3(), previousFirst,
                            first.minusDays(1), sources))
                    .map(periods -> themes(from, to, previousFrom, periods.getT1(), periods.getT2(), t.getT2()));
        });
    }

    /**
     * The IDs a period is read by: a week's roll-up for each whole week (Monday to Sunday) in it,
     * a day's counts for each day outside one; and the days of each week, read instead when its
     * roll-up does not exist.
     */
    record PeriodIds(List<String> ids, Map<String, List<String>> daysOfWeek) {
    }

    static PeriodIds periodIds(String org, LocalDate first, LocalDate last, List<String> sources) {
        List<String> ids = new ArrayList<>();
        Map<String, List<String>> daysOfWeek = new HashMap<>();
        LocalDate day = first;
        while (!day.isAfter(last)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY && !day.plusDays(6).isAfter(last)) {
                for (String source : sources) {
                    String week = ThemeDay.id(org, ThemeWeeks.week(day), source);
                    ids.add(week);
                    daysOfWeek.put(week, ThemeWeeks.dayIds(org, day, source));
                }
                day = day.plusDays(7);
            } else {
                for (String source : sources) {
                    ids.add(ThemeDay.id(org, day.toString(), source));
                }
                day = day.plusDays(1);
            }
        }
        return new PeriodIds(ids, daysOfWeek);
    }

    /** The period's counts added up, read by their IDs: weeks' roll-ups, and days. */
    private Mono<Totals> totals(String org, LocalDate first, LocalDate last, List<String> sources) {
        PeriodIds period = periodIds(org, first, last, sources);
        // Read as stored and parsed here: mapping every term of every day to records costs more than the read.
        return read(period.ids()).flatMap(found -> {
            Set<Object> present = new HashSet<>();
            found.forEach(document -> present.add(document.get("_id")));
            List<String> unrolled = period.daysOfWeek().entrySet().stream()
                    .filter(week -> !present.contains(week.getKey()))
                    .flatMap(week -> week.getValue().stream()).toList();
            return (unrolled.isEmpty() ? Mono.just(List.<Document>of()) : read(unrolled)).map(days -> {
                List<Document> all = new ArrayList<>(found);
                all.addAll(days);
                // Oldest first, so the examples kept are the newest.
                all.sort(Comparator.comparing(document -> document.getString("day").replace("W", "")));
                Totals totals = new Totals();
                all.forEach(totals::add);
                return totals;
            });
        });
    }

    private Mono<List<Document>> read(List<String> ids) {
        return mongo.findStored(Query.query(Criteria.where("_id").in(ids)), ThemeDay.class).collectList();
    }

    private static FeedbackThemes themes(Instant from, Instant to, Instant previousFrom, Totals period,
            Totals previous, ThemeTaxonomy taxonomy) {
        List<FeedbackTheme> themes = new ArrayList<>();
        for (var theme : taxonomy.themes()) {
            Totals.ThemeSum now = period.themes.get(theme.key());
            Totals.ThemeSum before = previous.themes.get(theme.key());
            if (now == null && before == null) {
                continue;
            }
            long count = now == null ? 0 : now.messages;
            long was = before == null ? 0 : before.messages;
            themes.add(new FeedbackTheme(theme.key(), theme.label(), Kind.TAXONOMY, count, count, was,
                    trend(count, was), ThemeSentiment.of(now == null ? Tone.NONE : now.tone),
                    now == null ? List.of() : now.examples.reversed().stream().limit(EXAMPLES_MAX)
                            .map(hex -> GlobalId.encode(FeedbackThread.TYPE, hex)).toList()));
        }
        themes.sort(Comparator.comparingLong(FeedbackTheme::count).reversed()
                .thenComparing(FeedbackTheme::label));
        List<FeedbackTheme> emerging = EmergingPhrases.pick(period.termCounts(), previous.termCounts(), taxonomy,
                EMERGING_MAX).stream().map(phrase -> emerging(phrase, period, previous)).toList();
        return new FeedbackThemes(from, to, previousFrom, period.messages, ThemeSentiment.of(period.tone), themes,
                emerging);
    }

    private static FeedbackTheme emerging(EmergingPhrase phrase, Totals period, Totals previous) {
        Totals.TermSum now = period.terms.get(phrase.term());
        Totals.TermSum before = previous.terms.get(phrase.term());
        long count = now.messages;
        long was = before == null ? 0 : before.messages;
        return new FeedbackTheme("phrase:" + phrase.term(), now.surface, Kind.EMERGING, count, phrase.threads(), was,
                trend(count, was), ThemeSentiment.of(now.tone), List.of());
    }

    private static Double trend(long now, long before) {
        return before == 0 ? null : Math.round((now - before) * 1000.0 / before) / 10.0;
    }

    /** Counts of several days (and sources) added up. */
    static final class Totals {

        long messages;
        Tone tone = Tone.NONE;
        final Map<String, ThemeSum> themes = new HashMap<>();
        final Map<String, TermSum> terms = new HashMap<>();

        static final class ThemeSum {
            long messages;
            Tone tone = Tone.NONE;
            final List<String> examples = new ArrayList<>();
        }

        static final class TermSum {
            long messages;
            Tone tone = Tone.NONE;
            final Set<String> threads = new HashSet<>();
            String surface;
        }

        /** Adds one stored {@link ThemeDay}. */
        Totals add(Document day) {
            messages += number(day, "messages");
            tone = tone.plus(tone(day));
            documents(day, "themes").forEach((key, value) -> {
                Document tally = (Document) value;
                ThemeSum sum = themes.computeIfAbsent(key, k -> new ThemeSum());
                sum.messages += number(tally, "messages");
                sum.tone = sum.tone.plus(tone(tally));
                List<String> examples = tally.getList("examples", String.class, List.of());
                sum.examples.removeAll(examples);
                sum.examples.addAll(examples);
            });
            documents(day, "terms").forEach((term, value) -> {
                Document tally = (Document) value;
                TermSum sum = terms.computeIfAbsent(term, k -> new TermSum());
                sum.messages += number(tally, "messages");
                sum.tone = sum.tone.plus(tone(tally));
                sum.threads.addAll(tally.getList("threads", String.class, List.of()));
                if (sum.surface == null) {
                    sum.surface = tally.getString("surface");
                }
            });
            return this;
        }

        private static Document documents(Document parent, String field) {
            Object value = parent.get(field);
            return value instanceof Document document ? document : new Document();
        }

        private static long number(Document document, String field) {
            Object value = document.get(field);
            return value instanceof Number number ? number.longValue() : 0;
        }

        private static Tone tone(Document owner) {
            Document tone = documents(owner, "tone");
            Object score = tone.get("scoreSum");
            return new Tone(number(tone, "positive"), number(tone, "neutral"), number(tone, "negative"),
                    score instanceof Number number ? number.doubleValue() : 0);
        }

        /**
         * Distinct threads per term: exact below 5 (every day keeps up to 5 of its threads, so a
         * union of fewer than 5 holds them all), at least the union from there on.
         */
        TermCounts termCounts() {
            Map<String, Integer> threads = new HashMap<>();
            terms.forEach((term, sum) -> threads.put(term, sum.threads.size() < ThemeDays.KEPT
                    ? sum.threads.size() : (int) Math.max(sum.threads.size(), sum.messages)));
            return new TermCounts(threads, (int) Math.min(Integer.MAX_VALUE, messages));
        }
    }
}
