package io.carepulse.feedback;

import io.carepulse.feedback.ThemeDay.TermTally;
import io.carepulse.feedback.ThemeDay.ThemeTally;
import io.carepulse.feedback.ThemeDay.Tone;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.events.EventFold;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The per-day counts {@code feedbackThemes} reads. Each {@link ThemedMessage} is written with two
 * events of {@link #STREAM}, keyed by its day and source and by its day and {@code ALL}; a consumer
 * folds them into the {@link ThemeDay} of that key, each once and in order ({@link EventFold}).
 */
@Component
class ThemeDays {

    /** Terms a day keeps at most: the most used (emerging phrases are, by definition, used a lot). */
    static final int TERMS_PER_DAY = 150;
    /** Examples and threads kept per theme and term and day. */
    static final int KEPT = 5;

    static final EventStream<ThemedMessage> STREAM = EventStream.derived("feedback.theme-days", ThemedMessage.class,
            (source, type, hint) -> (ThemedMessage) source, ThemedMessage.class);

    private final EventFold fold;
    private final TenantMongo mongo;
    private final EventLog log;

    ThemeDays(EventFold fold, TenantMongo mongo, EventLog log) {
        this.fold = fold;
        this.mongo = mongo;
        this.log = log;
    }

    @Bean
    static EventStream<ThemedMessage> themeDayStream() {
        return STREAM;
    }

    @Bean
    static EventConsumer<ThemedMessage> themeDayConsumer(ThemeDays days) {
        // A burst over many days: larger batches take in more messages per day's write.
        return EventConsumer.folding("feedback-theme-days", STREAM, days::catchUp).batched(1_000,
                Duration.ofMillis(200));
    }

    /** The key of a message's day and source, and of its day and all sources. */
    static List<String> keys(ThemedMessage message) {
        return List.of(message.day() + "|" + message.source().name(), message.day() + "|" + ThemeDay.ALL);
    }

    /** Takes the key's waiting messages into its day's counts (made when it has none yet). */
    Mono<ThemeDay> catchUp(String key) {
        String[] parts = key.split("\\|", 2);
        return PendingAudit.outside(mongo.tenant().flatMap(org -> {
            String id = ThemeDay.id(org, parts[0], parts[1]);
            return fold.existing(ThemeDay.class, id, o -> new ThemeDay(id, o, parts[0], parts[1], 0, 0, Tone.NONE,
                            Map.of(), Map.of()))
                    .flatMap(before -> fold.catchUpFrom(before, STREAM, key, ThemeDay.class, id, ThemeDay::appliedSequence,
                                    this::update)
                            // The week's roll-up event rode on the update: moved to the log now.
                            .flatMap(after -> after.appliedSequence() == before.appliedSequence() ? Mono.just(after)
                                    : log.relay(ThemeDay.class, id).thenReturn(after)));
        }));
    }

    private Update update(ThemeDay current, List<Event<ThemedMessage>> events) {
        ThemeDay merged = merge(current, events.stream().map(Event::payload).toList());
        return EventLog.outboxUpdate(changes(current, merged),
                log.derived(ThemeWeeks.STREAM, ThemeWeeks.key(current.day(), current.source()), "DAY_COUNTED", null));
    }

    /**
     * The update that turns {@code before} into {@code after}: the counts, and only the themes and
     * terms that changed (set) or were dropped (unset), so a busy day's document is not rewritten
     * whole for every few messages.
     */
    static Update changes(ThemeDay before, ThemeDay after) {
        Update update = new Update().set("messages", after.messages()).set("tone", after.tone());
        changed(update, "themes", before.themes(), after.themes());
        changed(update, "terms", before.terms(), after.terms());
        return update;
    }

    private static void changed(Update update, String field, Map<String, ?> before, Map<String, ?> after) {
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                update.set(field + "." + key, value);
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key -> update.unset(field + "." + key));
    }

    /** The day's counts with these messages added: a pure function (the benchmark loads days with it too). */
    static ThemeDay merge(ThemeDay current, List<ThemedMessage> messages) {
        Map<String, ThemeTally> themes = new HashMap<>(current.themes());
        Map<String, TermTally> terms = new HashMap<>(current.terms());
        Tone tone = current.tone();
        for (ThemedMessage message : messages) {
            Tone one = Tone.of(message.sentiment(), message.score());
            tone = tone.plus(one);
            for (String theme : message.themes()) {
                ThemeTally was = themes.getOrDefault(theme, new ThemeTally(0, Tone.NONE, List.of()));
                List<String> examples = was.examples();
                if (message.inboxThread() != null) {
                    examples = keepLast(examples, message.inboxThread().toHexString());
                }
                themes.put(theme, new ThemeTally(was.messages() + 1, was.tone().plus(one), examples));
            }
            message.terms().forEach((term, surface) -> {
                if (!storable(term)) {
                    return;
                }
                TermTally was = terms.getOrDefault(term, new TermTally(0, Tone.NONE, List.of(), surface));
                terms.put(term, new TermTally(was.messages() + 1, was.tone().plus(one),
                        withThread(was.threads(), shortKey(message.threadKey())), was.surface()));
            });
        }
        return new ThemeDay(current.id(), current.organizationId(), current.day(), current.source(),
                current.appliedSequence(), current.messages() + messages.size(), tone, themes,
                mostUsed(terms, TERMS_PER_DAY));
    }

    /**
     * A thread's key as a term keeps it: 8 hex characters, so a day's document stays small. Two
     * threads sharing one only ever count as one: fewer distinct threads, never more.
     */
    static String shortKey(String threadKey) {
        return String.format("%08x", threadKey.hashCode());
    }

    /** A term MongoDB can keep as a field name. */
    private static boolean storable(String term) {
        return !term.isEmpty() && term.indexOf('.') < 0 && term.charAt(0) != '$';
    }

    /** The {@code most} most used terms. */
    static Map<String, TermTally> mostUsed(Map<String, TermTally> terms, int most) {
        if (terms.size() <= most) {
            return terms;
        }
        Map<String, TermTally> kept = new LinkedHashMap<>();
        terms.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, TermTally> e) -> e.getValue().messages()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(most).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    /** The list with {@code value} moved or added last, keeping the last {@value #KEPT}. */
    static List<String> keepLast(List<String> list, String value) {
        List<String> copy = new ArrayList<>(list);
        copy.remove(value);
        copy.add(value);
        return copy.size() > KEPT ? copy.subList(copy.size() - KEPT, copy.size()) : copy;
    }

    /** The threads with {@code thread} added, unless it is there already or {@value #KEPT} are kept. */
    static List<String> withThread(List<String> threads, String thread) {
        if (threads.contains(thread) || threads.size() >= KEPT) {
            return threads;
        }
        List<String> copy = new ArrayList<>(threads);
        copy.add(thread);
        return copy;
    }
}
