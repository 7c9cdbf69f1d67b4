package io.carepulse.feedback;

import io.carepulse.feedback.FeedbackThemesController.FeedbackTheme;
import io.carepulse.feedback.FeedbackThemesController.FeedbackThemes;
import io.carepulse.feedback.FeedbackThemesController.ThemeSentiment;
import io.carepulse.feedback.FeedbackThread.Source;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.events.MarkedCounts;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.time.LocalDays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code feedbackSummary}: the inbox's figures for a period, from the counts of its days' {@link
 * FeedbackDay}s (read by their IDs, without the threads' own figures) and the themes' counts
 * ({@code feedbackThemes}, the same period), so its cost follows the days asked for, not the threads
 * behind them (the due times of the threads still waiting for a reply aside, read for the last 30 days'
 * threads only: overdue is a matter of when it is asked). Figures only: no thread, author or
 * text, so every staff role and {@code analytics:read} clients read it.
 */
@Controller
class FeedbackSummaryController {

    static final int TOP_THEMES = 5;

    record SourceCount(Source source, long threads, long unresolved) {
    }

    record StatusCount(Status status, long threads) {
    }

    record FeedbackSummary(Instant from, Instant to, String timezone, long threads, List<SourceCount> bySource,
            List<StatusCount> byStatus, long responded, Double medianFirstResponseMinutes, long slaBreaches,
            long overdue, long messages, ThemeSentiment sentiment, List<FeedbackTheme> topThemes) {
    }

    private final TenantMongo mongo;
    private final OrganizationSettingsStore settings;
    private final FeedbackThemesController themes;
    private final Clock clock;

    FeedbackSummaryController(TenantMongo mongo, OrganizationSettingsStore settings, FeedbackThemesController themes,
            Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.themes = themes;
        this.clock = clock;
    }

    /** The period's checks are feedbackThemes' own (it ends after it starts, at most a year). */
    @QueryMapping
    Mono<FeedbackSummary> feedbackSummary(@Argument Instant from, @Argument Instant to) {
        Mono<FeedbackThemes> themed = themes.feedbackThemes(from, to, null);
        return Mono.zip(themed, settings.current(), mongo.tenant()).flatMap(t -> {
            ZoneId zone = t.getT2().zone();
            // The counts of every day; the waiting threads' due times only of the days whose threads may
            // not be due yet (the longest first-response time, 30 days): before them, every thread
            // still waiting is overdue.
            LocalDate dueBefore = clock.instant().minus(Duration.ofMinutes(FeedbackSettingsController.MINUTES_MAX))
                    .atZone(zone).toLocalDate().minusDays(1);
            List<String> ids = dayIds(t.getT3(), from, to, zone);
            List<String> past = ids.stream().filter(id -> !dayOf(id).isAfter(dueBefore)).toList();
            List<String> recent = ids.stream().filter(id -> dayOf(id).isAfter(dueBefore)).toList();
            return Flux.concat(days(past, false), days(recent, true)).collectList()
                    .map(days -> summary(from, to, zone, days, t.getT1(), clock.instant()));
        });
    }

    /** Days by ID, without the threads' own figures: their counts and, when asked, the due times of those waiting. */
    private Flux<FeedbackDay> days(List<String> ids, boolean waiting) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("organizationId", "day", "counts");
        if (waiting) {
            query.fields().include("waiting");
        }
        return mongo.find(query, FeedbackDay.class);
    }

    private static LocalDate dayOf(String id) {
        return LocalDate.parse(id.substring(id.lastIndexOf('|') + 1));
    }

    /** The IDs of the days of the period, whole days in {@code zone}: a day counts when any part of it is in. */
    static List<String> dayIds(String organization, Instant from, Instant to, ZoneId zone) {
        return LocalDays.covering(from, to, zone).days().stream().map(day -> FeedbackDay.id(organization,
                day.toString())).toList();
    }

    static FeedbackSummary summary(Instant from, Instant to, ZoneId zone, List<FeedbackDay> days,
            FeedbackThemes themed, Instant now) {
        Map<String, Long> counts = MarkedCounts.total(days.stream().map(FeedbackDay::counts).toList());
        long waiting = counts.getOrDefault(FeedbackDay.WAITING, 0L);
        // Threads waiting on a day read with its due times are overdue once past due; every other day's are.
        long notDueYet = days.stream().flatMap(day -> day.waiting().values().stream())
                .filter(due -> !now.isAfter(due)).count();
        long overdue = waiting - notDueYet;
        List<SourceCount> sources = Arrays.stream(Source.values())
                .map(source -> new SourceCount(source, count(counts, FeedbackDay.SOURCE + source.name()),
                        count(counts, FeedbackDay.UNRESOLVED + source.name())))
                .filter(count -> count.threads() > 0)
                .sorted(Comparator.comparingLong(SourceCount::threads).reversed()
                        .thenComparing(count -> count.source().name()))
                .toList();
        // Every status, in the order a thread moves through them, so a chart's categories stay put.
        List<StatusCount> statuses = Arrays.stream(Status.values())
                .map(status -> new StatusCount(status, count(counts, FeedbackDay.STATUS + status.name()))).toList();
        List<FeedbackTheme> top = themed.themes().stream().filter(theme -> theme.count() > 0).limit(TOP_THEMES)
                .toList();
        return new FeedbackSummary(from, to, zone.getId(), count(counts, FeedbackDay.THREADS), sources, statuses,
                count(counts, FeedbackDay.RESPONDED), medianMinutes(replySpans(counts)),
                count(counts, FeedbackDay.LATE) + overdue, overdue, themed.messages(), themed.sentiment(), top);
    }

    private static long count(Map<String, Long> counts, String key) {
        return counts.getOrDefault(key, 0L);
    }

    /** First replies by the span of minutes they took (its start), in order. */
    static TreeMap<Long, Long> replySpans(Map<String, Long> counts) {
        TreeMap<Long, Long> spans = new TreeMap<>();
        counts.forEach((key, n) -> {
            if (key.startsWith(FeedbackDay.REPLY) && n > 0) {
                spans.merge(Long.parseLong(key.substring(FeedbackDay.REPLY.length())), n, Long::sum);
            }
        });
        return spans;
    }

    /**
     * The median of the replies' minutes, each the middle of its span (the mean of the middle two for
     * an even count), to one decimal; null without replies.
     */
    static Double medianMinutes(TreeMap<Long, Long> spans) {
        long all = spans.values().stream().mapToLong(Long::longValue).sum();
        if (all == 0) {
            return null;
        }
        double median = all % 2 == 1 ? at(spans, all / 2) : (at(spans, all / 2 - 1) + at(spans, all / 2)) / 2;
        return Math.round(median * 10) / 10.0;
    }

    /** The minutes of the reply at {@code rank} (from 0, fastest first): the middle of its span. */
    private static double at(TreeMap<Long, Long> spans, long rank) {
        long seen = 0;
        for (Map.Entry<Long, Long> span : spans.entrySet()) {
            seen += span.getValue();
            if (rank < seen) {
                return span.getKey() + FeedbackDay.replySpanWidth(span.getKey()) / 2.0;
            }
        }
        throw new IllegalArgumentException("No reply at rank " + rank);
    }
}
