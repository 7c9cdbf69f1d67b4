package io.carepulse.feedback;

import io.carepulse.feedback.ThemeDay.TermTally;
import io.carepulse.feedback.ThemeDay.ThemeTally;
import io.carepulse.feedback.ThemeDay.Tone;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.events.EventFold;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Week roll-ups of the per-day counts, so a long period reads a document per whole week instead
 * of seven: {@code org|W<monday>|source}, Monday to Sunday in the organisation's time zone. A week
 * is the sum of its {@link ThemeDay days}, made again from them whenever one of them changes (each
 * day's update carries an event of {@link #STREAM} in its outbox, so a crash cannot lose it); its
 * {@link EventFold#APPLIED} is the sum of its days' own, which only grows, so an older sum never
 * replaces a newer one. A week with no roll-up yet (days counted before roll-ups existed) is read
 * from its days.
 */
@Component
class ThemeWeeks {

    /** Terms a week keeps at most: its days' most used. */
    static final int TERMS_PER_WEEK = 200;

    /** A day of the week changed: its key is the week's ({@code W<monday>|source}). */
    record DayCounted(String day) {
    }

    static final EventStream<DayCounted> STREAM = EventStream.derived("feedback.theme-weeks", DayCounted.class,
            (source, type, hint) -> new DayCounted(((ThemeDay) source).day()), ThemeDay.class);

    private final TenantMongo mongo;

    ThemeWeeks(TenantMongo mongo) {
        this.mongo = mongo;
    }

    @Bean
    static EventStream<DayCounted> themeWeekStream() {
        return STREAM;
    }

    @Bean
    static EventConsumer<DayCounted> themeWeekConsumer(ThemeWeeks weeks) {
        // A roll-up reads its seven days: summed at most about once a second per week during a burst.
        return EventConsumer.folding("feedback-theme-weeks", STREAM, weeks::rollUp).batched(2_000,
                Duration.ofSeconds(1));
    }

    /** The week label of a day: {@code W} and the date of its Monday. */
    static String week(LocalDate day) {
        return "W" + day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static boolean isWeek(String label) {
        return label.startsWith("W");
    }

    /** The key of the week a day's counts belong to. */
    static String key(String day, String source) {
        return week(LocalDate.parse(day)) + "|" + source;
    }

    /** The IDs of the seven days of the week starting on {@code monday}, for one source. */
    static List<String> dayIds(String org, LocalDate monday, String source) {
        List<String> ids = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            ids.add(ThemeDay.id(org, monday.plusDays(i).toString(), source));
        }
        return ids;
    }

    /** Sums the week's days again and keeps the sum unless a newer one is there already. */
    Mono<Void> rollUp(String key) {
        String[] parts = key.split("\\|", 2);
        LocalDate monday = LocalDate.parse(parts[0].substring(1));
        return PendingAudit.outside(mongo.tenant().flatMap(org -> {
            String id = ThemeDay.id(org, parts[0], parts[1]);
            List<String> read = new ArrayList<>(dayIds(org, monday, parts[1]));
            read.add(id);
            return mongo.find(Query.query(Criteria.where("_id").in(read)), ThemeDay.class).collectList()
                    .flatMap(found -> {
                        ThemeDay kept = found.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
                        ThemeDay week = sum(id, org, parts[0], parts[1],
                                found.stream().filter(d -> !d.id().equals(id)).toList());
                        if (kept != null && kept.appliedSequence() >= week.appliedSequence()) {
                            return Mono.empty(); // this sum, or a newer one, is kept already
                        }
                        Update set = (kept == null ? ThemeDays.changes(
                                new ThemeDay(id, org, week.day(), week.source(), 0, 0, null, null, null), week)
                                : ThemeDays.changes(kept, week))
                                .set("day", week.day()).set("source", week.source())
                                .set(EventFold.APPLIED, week.appliedSequence());
                        if (kept == null) {
                            // Made by another roll-up meanwhile: this sum is set over it, and the next one
                            // unsets any term it left.
                            return mongo.upsert(Query.query(Criteria.where("_id").is(id)), set, ThemeDay.class);
                        }
                        // Only the changes since the sum kept: applied to that very sum, or not at all.
                        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id)
                                .and(EventFold.APPLIED).is(kept.appliedSequence())), set, ThemeDay.class);
                    });
        })).then();
    }

    /**
     * The sum of some days' counts, as the themes would add them up on reading: themes exactly,
     * examples the newest 5, terms the {@value #TERMS_PER_WEEK} most used with up to 5 threads each
     * (all of them when fewer, so the 5-thread floor stays exact).
     */
    static ThemeDay sum(String id, String org, String label, String source, List<ThemeDay> days) {
        List<ThemeDay> ordered = days.stream().sorted(Comparator.comparing(ThemeDay::day)).toList();
        long applied = 0;
        long messages = 0;
        Tone tone = Tone.NONE;
        Map<String, ThemeTally> themes = new HashMap<>();
        Map<String, TermTally> terms = new HashMap<>();
        for (ThemeDay day : ordered) {
            applied += day.appliedSequence();
            messages += day.messages();
            tone = tone.plus(day.tone());
            day.themes().forEach((key, tally) -> themes.merge(key, tally, (a, b) -> new ThemeTally(
                    a.messages() + b.messages(), a.tone().plus(b.tone()), newest(a.examples(), b.examples()))));
            day.terms().forEach((term, tally) -> terms.merge(term, tally, (a, b) -> new TermTally(
                    a.messages() + b.messages(), a.tone().plus(b.tone()), union(a.threads(), b.threads()),
                    a.surface())));
        }
        return new ThemeDay(id, org, label, source, applied, messages, tone, themes,
                ThemeDays.mostUsed(terms, TERMS_PER_WEEK));
    }

    private static List<String> newest(List<String> earlier, List<String> later) {
        List<String> examples = earlier;
        for (String example : later) {
            examples = ThemeDays.keepLast(examples, example);
        }
        return examples;
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> threads = a;
        for (String thread : b) {
            threads = ThemeDays.withThread(threads, thread);
        }
        return threads;
    }
}
