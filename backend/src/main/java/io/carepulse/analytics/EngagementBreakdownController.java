package io.carepulse.analytics;

import io.carepulse.analytics.EngagementDefinitions.Rate;
import io.carepulse.analytics.EngagementQueries.EngagementFilter;
import io.carepulse.analytics.EngagementQueries.Filter;
import io.carepulse.analytics.EngagementSelection.EngagementPoint;
import io.carepulse.analytics.EngagementSelection.EngagementValue;
import io.carepulse.analytics.RollupFigures.PostRef;
import io.carepulse.campaign.Campaign;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.time.LocalDays;
import io.carepulse.segment.Channel;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
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
 * {@code engagementBreakdown}: a period's figures by channel, format, topic or campaign (from the
 * fewest roll-ups covering its days: months, weeks, days), or by local hour or day of the week
 * (from its days), each read by ID.
 */
@Controller
class EngagementBreakdownController {

    enum EngagementDimension { CHANNEL, FORMAT, TOPIC, CAMPAIGN, HOUR_OF_DAY, DAY_OF_WEEK }

    record EngagementBreakdownRow(String key, String label, List<EngagementValue> values, double engagement,
            Rate engagementRate) {

        static EngagementBreakdownRow of(String key, String label, EngagementPoint point) {
            return new EngagementBreakdownRow(key, label, point.values(), point.engagement(), point.engagementRate());
        }
    }

    record EngagementBreakdown(EngagementDimension by, String timezone, int definitionsVersion,
            List<EngagementBreakdownRow> rows, EngagementPoint total) {
    }

    private final EngagementQueries queries;
    private final TenantMongo mongo;

    EngagementBreakdownController(EngagementQueries queries, TenantMongo mongo) {
        this.queries = queries;
        this.mongo = mongo;
    }

    @QueryMapping
    Mono<EngagementBreakdown> engagementBreakdown(@Argument EngagementFilter filter, @Argument EngagementDimension by,
            @Argument List<EngagementMetric> metrics) {
        Filter read = EngagementQueries.filter(filter);
        if (by == EngagementDimension.HOUR_OF_DAY && !read.allContent()) {
            throw new BadInputException("Hours are kept for all content: leave out the content, campaign, format and "
                    + "topic to break down by hour", "by");
        }
        List<EngagementMetric> shown = EngagementQueries.metrics(metrics);
        return queries.scope().flatMap(scope -> {
            LocalDays days = LocalDays.covering(filter.from(), filter.to(), scope.zone());
            LocalDate first = days.first();
            LocalDate last = days.last();
            Instant start = days.start();
            Instant end = days.end();
            if (by == EngagementDimension.HOUR_OF_DAY) {
                // Each roll-up keeps its figures by local hour of the day: the fewest covering the days.
                return queries.read(scope, EngagementQueries.cover(first, last), "o").flatMap(found -> queries
                        .selection(read, found.values()).map(selection -> {
                            List<EngagementBreakdownRow> list = byHour(found, selection, start, end, shown);
                            EngagementPoint sum = selection.summed(start, end, found.values().stream()
                                    .flatMap(f -> f.hours().values().stream()).toList(), shown);
                            return new EngagementBreakdown(by, scope.zone().getId(), EngagementDefinitions.VERSION,
                                    list, sum);
                        }));
            }
            if (by == EngagementDimension.DAY_OF_WEEK) {
                return queries.read(scope, days.days().stream().map(RollupPeriods::day).toList(),
                        EngagementQueries.field(read)).flatMap(found -> queries
                        .selection(read, found.values()).map(selection -> new EngagementBreakdown(by,
                                scope.zone().getId(), EngagementDefinitions.VERSION,
                                byDayOfWeek(found, selection, start, end, shown),
                                selection.point(start, end, List.copyOf(found.values()), shown))));
            }
            List<String> periods = EngagementQueries.cover(first, last);
            boolean attributes = by != EngagementDimension.CHANNEL;
            String field = attributes && read.allContent() ? "g" : EngagementQueries.field(read);
            return queries.read(scope, periods, field).flatMap(found -> {
                List<RollupFigures> all = List.copyOf(found.values());
                Mono<EngagementPoint> total = queries.selection(read, all)
                        .map(selection -> selection.point(start, end, all, shown));
                Mono<List<EngagementBreakdownRow>> rows = switch (by) {
                    case CHANNEL -> queries.selection(read, all).map(selection -> byChannel(read, selection, all, start,
                            end, shown));
                    default -> read.allContent() ? fromBreakdowns(by, read, all, start, end, shown)
                            : fromPosts(by, read, all, start, end, shown);
                };
                return Mono.zip(rows, total).map(t -> new EngagementBreakdown(by, scope.zone().getId(),
                        EngagementDefinitions.VERSION, t.getT1(), t.getT2()));
            });
        });
    }

    private static List<EngagementBreakdownRow> byHour(Map<String, RollupFigures> found,
            EngagementSelection selection, Instant start, Instant end, List<EngagementMetric> shown) {
        List<List<Map<Channel, Map<String, Double>>>> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hours.add(new ArrayList<>());
        }
        found.values().forEach(f -> f.hours().forEach((hour, byChannel) -> hours.get(hour.intValue()).add(byChannel)));
        List<EngagementBreakdownRow> rows = new ArrayList<>(24);
        for (int hour = 0; hour < 24; hour++) {
            rows.add(EngagementBreakdownRow.of(String.valueOf(hour), String.format("%02d:00", hour),
                    selection.summed(start, end, hours.get(hour), shown)));
        }
        return rows;
    }

    private static List<EngagementBreakdownRow> byDayOfWeek(Map<String, RollupFigures> found,
            EngagementSelection selection, Instant start, Instant end, List<EngagementMetric> shown) {
        Map<DayOfWeek, List<RollupFigures>> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, new ArrayList<>());
        }
        found.forEach((period, figures) -> days.get(LocalDate.parse(period.substring(1)).getDayOfWeek()).add(figures));
        List<EngagementBreakdownRow> rows = new ArrayList<>(7);
        days.forEach((day, figures) -> rows.add(EngagementBreakdownRow.of(day.name(),
                day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), selection.point(start, end, figures, shown))));
        return rows;
    }

    private static List<EngagementBreakdownRow> byChannel(Filter read, EngagementSelection selection,
            List<RollupFigures> all, Instant start, Instant end, List<EngagementMetric> shown) {
        Set<Channel> present = EnumSet.noneOf(Channel.class);
        all.forEach(f -> {
            f.breakdowns().values().forEach(byChannel -> present.addAll(byChannel.keySet()));
            f.posts().keySet().forEach(ref -> present.add(ref.channel()));
        });
        List<EngagementBreakdownRow> rows = new ArrayList<>();
        for (Channel channel : present) {
            if (read.channels() == null || read.channels().contains(channel)) {
                EngagementSelection one = new EngagementSelection(Set.of(channel), selection.breakdown(),
                        selection.posts(), selection.onePost());
                rows.add(EngagementBreakdownRow.of(channel.name(), CHANNEL_NAMES.get(channel),
                        one.point(start, end, all, shown)));
            }
        }
        return sorted(rows);
    }

    /** Formats, topics or campaigns as the roll-ups keep them, for all content. */
    private Mono<List<EngagementBreakdownRow>> fromBreakdowns(EngagementDimension by, Filter read,
            List<RollupFigures> all, Instant start, Instant end, List<EngagementMetric> shown) {
        String prefix = switch (by) {
            case FORMAT -> "f:";
            case TOPIC -> "t:";
            default -> "c:";
        };
        Set<String> keys = new TreeSet<>();
        all.forEach(f -> f.breakdowns().keySet().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add));
        return labels(by, keys.stream().map(k -> k.substring(2)).toList()).map(labels -> {
            List<EngagementBreakdownRow> rows = new ArrayList<>();
            for (String key : keys) {
                String value = key.substring(2);
                EngagementPoint point = EngagementSelection.of(read.channels(), key).point(start, end, all, shown);
                rows.add(EngagementBreakdownRow.of(rowKey(by, value), labels.get(value), point));
            }
            return sorted(rows);
        });
    }

    /** Formats, topics or campaigns of the posts the filter picks, by their contents as they are now. */
    private Mono<List<EngagementBreakdownRow>> fromPosts(EngagementDimension by, Filter read, List<RollupFigures> all,
            Instant start, Instant end, List<EngagementMetric> shown) {
        return queries.attributes(all).zipWith(queries.selection(read, all)).flatMap(t -> {
            Map<ObjectId, Document> contents = t.getT1();
            EngagementSelection selection = t.getT2();
            Function<PostRef, List<String>> values = ref -> {
                Document content = contents.get(PostKey.contentId(ref.post()));
                if (content == null) {
                    return List.of();
                }
                PostAttributes attributes = PostAttributes.of(content);
                return switch (by) {
                    case FORMAT -> attributes.format() == null ? List.of() : List.of(attributes.format());
                    case TOPIC -> attributes.topics().stream().map(PostKey::field).toList();
                    default -> attributes.campaignId() == null ? List.<String>of()
                            : List.of(attributes.campaignId().toHexString());
                };
            };
            Set<String> keys = new TreeSet<>();
            all.forEach(f -> f.posts().keySet().stream().filter(selection.posts()).forEach(ref ->
                    keys.addAll(values.apply(ref))));
            return labels(by, List.copyOf(keys)).map(labels -> {
                List<EngagementBreakdownRow> rows = new ArrayList<>();
                for (String value : keys) {
                    Predicate<PostRef> in = ref -> selection.posts().test(ref) && values.apply(ref).contains(value);
                    EngagementPoint point = EngagementSelection.posts(read.channels(), in, false).point(start, end, all,
                            shown);
                    rows.add(EngagementBreakdownRow.of(rowKey(by, value), labels.get(value), point));
                }
                return sorted(rows);
            });
        });
    }

    private static String rowKey(EngagementDimension by, String value) {
        return switch (by) {
            case TOPIC -> PostKey.fromField(value);
            case CAMPAIGN -> GlobalId.encode(Campaign.TYPE, new ObjectId(value));
            default -> value;
        };
    }

    /** Each value in words: a format's name, a topic as written, a campaign's name. */
    private Mono<Map<String, String>> labels(EngagementDimension by, List<String> values) {
        if (by != EngagementDimension.CAMPAIGN) {
            Map<String, String> labels = new LinkedHashMap<>();
            values.forEach(v -> labels.put(v, by == EngagementDimension.TOPIC ? capitalised(PostKey.fromField(v))
                    : label(v)));
            return Mono.just(labels);
        }
        if (values.isEmpty()) {
            return Mono.just(Map.of());
        }
        Query query = Query.query(Criteria.where("_id").in(values.stream().map(ObjectId::new).toList()));
        query.fields().include("name");
        return mongo.findStored(query, Campaign.class).collectMap(d -> d.getObjectId("_id").toHexString(),
                d -> d.getString("name")).map(names -> {
                    Map<String, String> labels = new LinkedHashMap<>();
                    values.forEach(v -> labels.put(v, names.getOrDefault(v, "A campaign no longer there")));
                    return labels;
                });
    }

    private static final Map<Channel, String> CHANNEL_NAMES = Map.of(Channel.FACEBOOK, "Facebook",
            Channel.INSTAGRAM, "Instagram", Channel.X, "X", Channel.LINKEDIN, "LinkedIn", Channel.YOUTUBE, "YouTube",
            Channel.TIKTOK, "TikTok");

    /** {@code HEALTH_TIP} as "Health tip". */
    static String label(String constant) {
        return capitalised(constant.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<EngagementBreakdownRow> sorted(List<EngagementBreakdownRow> rows) {
        rows.sort(Comparator.comparingDouble(EngagementBreakdownRow::engagement).reversed()
                .thenComparing(EngagementBreakdownRow::label));
        return rows;
    }
}
