package io.carepulse.feedback;

import io.carepulse.feedback.FeedbackDay.Mark;
import io.carepulse.feedback.FeedbackThemesController.FeedbackTheme;
import io.carepulse.feedback.FeedbackThemesController.FeedbackThemes;
import io.carepulse.feedback.FeedbackThemesController.ThemeSentiment;
import io.carepulse.feedback.FeedbackThread.Source;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code feedbackSummary}: the inbox's figures for a period, from the {@link FeedbackDay}s of its
 * days (read by their IDs) and the themes' counts ({@code feedbackThemes}, the same period), so its
 * cost follows the days asked for, not the threads behind them. Figures only: no thread, author or
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
            List<String> ids = dayIds(t.getT3(), from, to, zone);
            return mongo.find(Query.query(Criteria.where("_id").in(ids)), FeedbackDay.class).collectList()
                    .map(days -> summary(from, to, zone, days, t.getT1(), clock.instant()));
        });
    }

    /** The IDs of the days of the period, whole days in {@code zone}: a day counts when any part of it is in. */
    static List<String> dayIds(String organization, Instant from, Instant to, ZoneId zone) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.minusNanos(1).atZone(zone).toLocalDate();
        return first.datesUntil(last.plusDays(1)).map(day -> FeedbackDay.id(organization, day.toString())).toList();
    }

    static FeedbackSummary summary(Instant from, Instant to, ZoneId zone, List<FeedbackDay> days,
            FeedbackThemes themed, Instant now) {
        Map<Source, long[]> bySource = new EnumMap<>(Source.class);
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        List<Long> responseSeconds = new ArrayList<>();
        long threads = 0;
        long breaches = 0;
        long overdue = 0;
        for (FeedbackDay day : days) {
            for (Mark mark : day.threads().values()) {
                threads++;
                long[] counts = bySource.computeIfAbsent(mark.source(), s -> new long[2]);
                counts[0]++;
                if (mark.status() != Status.RESOLVED) {
                    counts[1]++;
                }
                byStatus.merge(mark.status(), 1L, Long::sum);
                if (mark.respondedAt() != null) {
                    responseSeconds.add(Math.max(0, Duration.between(mark.openedAt(), mark.respondedAt()).toSeconds()));
                }
                breaches += mark.breached(now) ? 1 : 0;
                overdue += mark.overdue(now) ? 1 : 0;
            }
        }
        List<SourceCount> sources = bySource.entrySet().stream()
                .map(e -> new SourceCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(SourceCount::threads).reversed()
                        .thenComparing(count -> count.source().name()))
                .toList();
        // Every status, in the order a thread moves through them, so a chart's categories stay put.
        List<StatusCount> statuses = java.util.Arrays.stream(Status.values())
                .map(status -> new StatusCount(status, byStatus.getOrDefault(status, 0L))).toList();
        List<FeedbackTheme> top = themed.themes().stream().filter(theme -> theme.count() > 0).limit(TOP_THEMES)
                .toList();
        return new FeedbackSummary(from, to, zone.getId(), threads, sources, statuses, responseSeconds.size(),
                medianMinutes(responseSeconds), breaches, overdue, themed.messages(), themed.sentiment(), top);
    }

    /** The median in minutes to one decimal (the mean of the middle two for an even count); null for none. */
    static Double medianMinutes(List<Long> seconds) {
        if (seconds.isEmpty()) {
            return null;
        }
        List<Long> sorted = seconds.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return Math.round(median / 6.0) / 10.0;
    }
}
