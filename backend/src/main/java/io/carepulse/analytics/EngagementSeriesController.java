package io.carepulse.analytics;

import io.carepulse.analytics.EngagementQueries.EngagementFilter;
import io.carepulse.analytics.EngagementQueries.Filter;
import io.carepulse.analytics.EngagementSelection.EngagementPoint;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.segment.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import reactor.core.publisher.Mono;

/**
 * {@code engagementSeries}: points of whole hours, days, weeks or months in the organisation's time
 * zone, each read from one roll-up document by its ID (an hour from its day's), so the cost follows
 * the points asked for, not the figures recorded behind them.
 */
@org.springframework.stereotype.Controller
class EngagementSeriesController {

    static final long HOURLY_DAYS_MAX = 31;

    enum EngagementInterval { HOUR, DAY, WEEK, MONTH }

    record EngagementSeries(EngagementInterval interval, String timezone, int definitionsVersion,
            List<EngagementPoint> points, EngagementPoint total) {
    }

    private final EngagementQueries queries;

    EngagementSeriesController(EngagementQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Mono<EngagementSeries> engagementSeries(@Argument EngagementFilter filter, @Argument EngagementInterval interval,
            @Argument List<EngagementMetric> metrics) {
        boolean hourly = interval == EngagementInterval.HOUR;
        Filter read = hourly ? EngagementQueries.filter(filter, HOURLY_DAYS_MAX,
                "Choose a period of at most " + HOURLY_DAYS_MAX + " days for hourly points")
                : EngagementQueries.filter(filter);
        if (hourly && !read.allContent()) {
            throw new BadInputException("Hourly points count all content: choose days or longer to filter by content, "
                    + "campaign, format or topic", "interval");
        }
        List<EngagementMetric> shown = EngagementQueries.metrics(metrics);
        return queries.scope().flatMap(scope -> {
            List<Bucket> buckets = buckets(filter.from(), filter.to(), interval, scope.zone());
            return queries.read(scope, buckets.stream().map(Bucket::period).toList(),
                            hourly ? "h" : EngagementQueries.field(read))
                    .flatMap(figures -> queries.selection(read, figures.values())
                            .map(selection -> series(interval, scope.zone(), buckets, figures, selection, shown)));
        });
    }

    /** A point's period: its roll-up document, and for an hour, the hour's start. */
    record Bucket(Instant start, Instant end, String period, Long hour) {
    }

    static List<Bucket> buckets(Instant from, Instant to, EngagementInterval interval, ZoneId zone) {
        List<Bucket> buckets = new ArrayList<>();
        if (interval == EngagementInterval.HOUR) {
            for (ZonedDateTime hour = from.atZone(zone).truncatedTo(ChronoUnit.HOURS); hour.toInstant().isBefore(to);
                    hour = hour.plusHours(1)) {
                buckets.add(new Bucket(hour.toInstant(), hour.plusHours(1).toInstant(),
                        RollupPeriods.day(hour.toLocalDate()), hour.toEpochSecond()));
            }
            return buckets;
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate start = switch (interval) {
            case WEEK -> RollupPeriods.monday(day);
            case MONTH -> day.withDayOfMonth(1);
            default -> day;
        };
        while (start.atStartOfDay(zone).toInstant().isBefore(to)) {
            LocalDate next = switch (interval) {
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                default -> start.plusDays(1);
            };
            String period = switch (interval) {
                case WEEK -> RollupPeriods.week(start);
                case MONTH -> RollupPeriods.month(start);
                default -> RollupPeriods.day(start);
            };
            buckets.add(new Bucket(start.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant(), period,
                    null));
            start = next;
        }
        return buckets;
    }

    private static EngagementSeries series(EngagementInterval interval, ZoneId zone, List<Bucket> buckets,
            Map<String, RollupFigures> figures, EngagementSelection selection, List<EngagementMetric> metrics) {
        List<EngagementPoint> points = new ArrayList<>(buckets.size());
        for (Bucket bucket : buckets) {
            RollupFigures read = figures.getOrDefault(bucket.period(), RollupFigures.NONE);
            points.add(bucket.hour() != null
                    ? selection.summed(bucket.start(), bucket.end(), hourOf(read, bucket.hour()), metrics)
                    : selection.point(bucket.start(), bucket.end(), List.of(read), metrics));
        }
        Instant start = buckets.getFirst().start();
        Instant end = buckets.getLast().end();
        EngagementPoint total = interval == EngagementInterval.HOUR
                ? selection.summed(start, end, buckets.stream().flatMap(b -> hourOf(figures.getOrDefault(b.period(),
                        RollupFigures.NONE), b.hour()).stream()).toList(), metrics)
                : selection.point(start, end, buckets.stream().map(b -> figures.get(b.period()))
                        .filter(Objects::nonNull).toList(), metrics);
        return new EngagementSeries(interval, zone.getId(), EngagementDefinitions.VERSION, points, total);
    }

    private static List<Map<Channel, Map<String, Double>>> hourOf(RollupFigures figures, long hour) {
        Map<Channel, Map<String, Double>> found = figures.hours().get(hour);
        return found == null ? List.of() : List.of(found);
    }

}
