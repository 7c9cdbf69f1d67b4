package io.carepulse.analytics;

import io.carepulse.analytics.EngagementSelection.EngagementPoint;
import io.carepulse.analytics.RollupFigures.PostRef;
import io.carepulse.campaign.Campaign;
import io.carepulse.content.Content;
import io.carepulse.content.ContentFormat;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.segment.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code engagementSeries}: points of whole hours, days, weeks or months in the organisation's time
 * zone, each read from one roll-up document by its ID (an hour from its day's), so the cost follows
 * the points asked for, not the figures recorded behind them.
 */
@Controller
class EngagementSeriesController {

    static final long DAYS_MAX = 731;
    static final long HOURLY_DAYS_MAX = 31;

    enum EngagementInterval { HOUR, DAY, WEEK, MONTH }

    record EngagementFilter(Instant from, Instant to, List<Channel> channels, String campaignId, String contentId,
            ContentFormat format, String topic) {
    }

    record EngagementSeries(EngagementInterval interval, String timezone, int definitionsVersion,
            List<EngagementPoint> points, EngagementPoint total) {
    }

    private final TenantMongo mongo;
    private final OrganizationSettingsStore settings;

    EngagementSeriesController(TenantMongo mongo, OrganizationSettingsStore settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    @QueryMapping
    Mono<EngagementSeries> engagementSeries(@Argument EngagementFilter filter, @Argument EngagementInterval interval,
            @Argument List<EngagementMetric> metrics) {
        checkPeriod(filter, interval == EngagementInterval.HOUR ? HOURLY_DAYS_MAX : DAYS_MAX);
        ObjectId contentId = id(filter.contentId(), Content.TYPE, "contentId");
        ObjectId campaignId = id(filter.campaignId(), Campaign.TYPE, "campaignId");
        boolean byPost = contentId != null || campaignId != null || filter.format() != null || filter.topic() != null;
        if (byPost && interval == EngagementInterval.HOUR) {
            throw new BadInputException("Hourly points count all content: choose days or longer to filter by content, "
                    + "campaign, format or topic", "interval");
        }
        List<EngagementMetric> shown = metrics == null || metrics.isEmpty() ? Arrays.asList(EngagementMetric.values())
                : metrics.stream().distinct().toList();
        Set<Channel> channels = filter.channels() == null || filter.channels().isEmpty() ? null
                : Set.copyOf(filter.channels());
        return Mono.zip(settings.current(), state()).flatMap(t -> {
            // The zone the roll-ups follow: until a time zone change is taken in, the previous one.
            ZoneId zone = t.getT2().zone() != null ? ZoneId.of(t.getT2().zone()) : t.getT1().zone();
            List<Bucket> buckets = buckets(filter.from(), filter.to(), interval, zone);
            String org = t.getT1().organizationId();
            int generation = t.getT2().generation();
            List<String> ids = buckets.stream().map(b -> RollupPeriods.id(org, generation, b.period())).distinct()
                    .toList();
            Query query = Query.query(Criteria.where("_id").in(ids));
            if (interval == EngagementInterval.HOUR) {
                query.fields().include("h").include("period");
            } else {
                query.fields().exclude("h");
            }
            return mongo.findStored(query, Rollup.class)
                    .collectMap(d -> d.getString("period"), RollupFigures::of)
                    .flatMap(figures -> selection(figures.values(), channels, contentId, campaignId, filter)
                            .map(selection -> series(interval, zone, buckets, figures, selection, shown)));
        });
    }

    private Mono<AnalyticsState> state() {
        return mongo.tenant().flatMap(org -> mongo.findById(org, AnalyticsState.class)
                .defaultIfEmpty(new AnalyticsState(org, org, 0, 1, null)));
    }

    static void checkPeriod(EngagementFilter filter, long daysMax) {
        if (!filter.to().isAfter(filter.from())) {
            throw new BadInputException("The period must end after it starts", "filter", "to");
        }
        if (Duration.between(filter.from(), filter.to()).toDays() > daysMax) {
            throw new BadInputException(daysMax == DAYS_MAX ? "Choose a period of at most two years"
                    : "Choose a period of at most " + daysMax + " days for hourly points", "filter", "to");
        }
    }

    private static ObjectId id(String id, String type, String field) {
        if (id == null) {
            return null;
        }
        ObjectId parsed = GlobalId.objectId(id, type);
        if (parsed == null) {
            throw new BadInputException(field + " is not a " + type.toLowerCase() + "'s ID", "filter", field);
        }
        return parsed;
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

    /** The filter as a selection: posts are picked by their content's campaign, format and topics when asked. */
    private Mono<EngagementSelection> selection(java.util.Collection<RollupFigures> figures, Set<Channel> channels,
            ObjectId contentId, ObjectId campaignId, EngagementFilter filter) {
        if (contentId != null) {
            String post = PostKey.content(contentId);
            return Mono.just(new EngagementSelection(channels, ref -> ref.post().equals(post), true));
        }
        if (campaignId == null && filter.format() == null && filter.topic() == null) {
            return Mono.just(new EngagementSelection(channels, null, false));
        }
        Set<ObjectId> contents = new HashSet<>();
        figures.forEach(f -> f.posts().keySet().forEach(ref -> {
            ObjectId id = PostKey.contentId(ref.post());
            if (id != null) {
                contents.add(id);
            }
        }));
        if (contents.isEmpty()) {
            return Mono.just(new EngagementSelection(channels, ref -> false, false));
        }
        Query query = Query.query(Criteria.where("_id").in(contents));
        query.fields().include("format").include("topics").include("campaignId");
        return mongo.findStored(query, Content.class).filter(content -> matches(content, campaignId, filter))
                .map(content -> PostKey.content(content.getObjectId("_id"))).collect(HashSet<String>::new, Set::add)
                .map(chosen -> new EngagementSelection(channels, (Predicate<PostRef>) ref -> chosen.contains(ref.post()),
                        false));
    }

    private static boolean matches(Document content, ObjectId campaignId, EngagementFilter filter) {
        return (campaignId == null || campaignId.equals(content.getObjectId("campaignId")))
                && (filter.format() == null || filter.format().name().equals(content.getString("format")))
                && (filter.topic() == null || content.getList("topics", String.class, List.of()).stream()
                        .anyMatch(topic -> topic.equalsIgnoreCase(filter.topic())));
    }

    private static EngagementSeries series(EngagementInterval interval, ZoneId zone, List<Bucket> buckets,
            Map<String, RollupFigures> figures, EngagementSelection selection, List<EngagementMetric> metrics) {
        List<EngagementPoint> points = new ArrayList<>(buckets.size());
        for (Bucket bucket : buckets) {
            RollupFigures read = figures.getOrDefault(bucket.period(), RollupFigures.NONE);
            points.add(bucket.hour() != null
                    ? selection.hour(bucket.start(), bucket.end(), hourOf(read, bucket.hour()), metrics)
                    : selection.point(bucket.start(), bucket.end(), List.of(read), metrics));
        }
        Instant start = buckets.getFirst().start();
        Instant end = buckets.getLast().end();
        EngagementPoint total = interval == EngagementInterval.HOUR
                ? selection.hour(start, end, buckets.stream().flatMap(b -> hourOf(figures.getOrDefault(b.period(),
                        RollupFigures.NONE), b.hour()).stream()).toList(), metrics)
                : selection.point(start, end, buckets.stream().map(b -> figures.get(b.period()))
                        .filter(Objects::nonNull).toList(), metrics);
        return new EngagementSeries(interval, zone.getId(), EngagementDefinitions.VERSION, points, total);
    }

    private static List<Map<io.carepulse.segment.Channel, EngagementDefinitions.Totals>> hourOf(RollupFigures figures,
            long hour) {
        Map<Channel, EngagementDefinitions.Totals> found = figures.hours().get(hour);
        return found == null ? List.of() : List.of(found);
    }

}
