package io.carepulse.analytics;

import io.carepulse.analytics.RollupFigures.PostRef;
import io.carepulse.campaign.Campaign;
import io.carepulse.content.Content;
import io.carepulse.content.ContentFormat;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.segment.Channel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What the analytics queries share: the filter checked and read as a selection, the organisation's
 * roll-ups (generation and time zone) and their documents read by ID.
 */
@Component
class EngagementQueries {

    static final long DAYS_MAX = 731;
    static final String DAYS_MAX_MESSAGE = "Choose a period of at most two years";

    record EngagementFilter(Instant from, Instant to, List<Channel> channels, String campaignId, String contentId,
            ContentFormat format, String topic) {
    }

    /** The organisation's roll-ups to read: their generation, and the time zone they follow. */
    record Scope(String org, int generation, ZoneId zone) {

        String id(String period) {
            return RollupPeriods.id(org, generation, period);
        }
    }

    /**
     * A filter as read: one breakdown of the roll-ups (all content, or one format, topic or
     * campaign), or posts (one piece of content, or several of those at once).
     */
    record Filter(EngagementFilter given, ObjectId contentId, ObjectId campaignId, String topic, Set<Channel> channels,
            String breakdown) {

        boolean byPost() {
            return breakdown == null;
        }

        boolean allContent() {
            return PostAttributes.ALL.equals(breakdown);
        }
    }

    private final TenantMongo mongo;
    private final OrganizationSettingsStore settings;
    private final PostContents contents;

    EngagementQueries(TenantMongo mongo, OrganizationSettingsStore settings, PostContents contents) {
        this.mongo = mongo;
        this.settings = settings;
        this.contents = contents;
    }

    /** Refuses a period that ends before it starts or lasts more than {@code daysMax} days ({@code to} at {@code field}). */
    static void period(Instant from, Instant to, long daysMax, String daysMaxMessage, String... field) {
        if (!to.isAfter(from)) {
            throw new BadInputException("The period must end after it starts", field);
        }
        if (Duration.between(from, to).toDays() > daysMax) {
            throw new BadInputException(daysMaxMessage, field);
        }
    }

    static Filter filter(EngagementFilter filter, long daysMax, String daysMaxMessage) {
        period(filter.from(), filter.to(), daysMax, daysMaxMessage, "filter", "to");
        ObjectId contentId = id(filter.contentId(), Content.TYPE, "contentId");
        ObjectId campaignId = id(filter.campaignId(), Campaign.TYPE, "campaignId");
        String topic = filter.topic() == null || filter.topic().isBlank() ? null : filter.topic().strip();
        List<String> breakdowns = new ArrayList<>();
        if (campaignId != null) {
            breakdowns.add(PostAttributes.campaign(campaignId));
        }
        if (filter.format() != null) {
            breakdowns.add(PostAttributes.format(filter.format().name()));
        }
        if (topic != null) {
            breakdowns.add(PostAttributes.topic(topic));
        }
        Set<Channel> channels = filter.channels() == null || filter.channels().isEmpty() ? null
                : Set.copyOf(filter.channels());
        // One breakdown is read from the roll-ups as it is; content, or several at once, from the posts.
        String breakdown = contentId != null || breakdowns.size() > 1 ? null
                : breakdowns.isEmpty() ? PostAttributes.ALL : breakdowns.getFirst();
        return new Filter(filter, contentId, campaignId, topic, channels, breakdown);
    }

    static Filter filter(EngagementFilter filter) {
        return filter(filter, DAYS_MAX, DAYS_MAX_MESSAGE);
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

    static List<EngagementMetric> metrics(List<EngagementMetric> asked) {
        return asked == null || asked.isEmpty() ? Arrays.asList(EngagementMetric.values()) : asked.stream().distinct()
                .toList();
    }

    /** The caller's organisation's roll-ups: the zone is the one they follow until a time zone change is taken in. */
    Mono<Scope> scope() {
        return Mono.zip(settings.current(), mongo.tenant().flatMap(org -> mongo.findById(org, AnalyticsState.class)
                .defaultIfEmpty(new AnalyticsState(org, org, 0, 1, null)))).map(t -> new Scope(
                        t.getT1().organizationId(), t.getT2().generation(),
                        t.getT2().zone() != null ? ZoneId.of(t.getT2().zone()) : t.getT1().zone()));
    }

    /** The roll-up documents of {@code periods} by period, with only {@code fields} read. */
    Mono<Map<String, RollupFigures>> read(Scope scope, Collection<String> periods, String... fields) {
        Query query = Query.query(Criteria.where("_id").in(periods.stream().map(scope::id).distinct().toList()));
        query.fields().include("period");
        for (String field : fields) {
            query.fields().include(field);
        }
        return mongo.findStored(query, Rollup.class).collectMap(d -> d.getString("period"), RollupFigures::of);
    }

    /** The field a filter reads from each roll-up: its breakdown, or the posts. */
    static String field(Filter filter) {
        return filter.byPost() ? "p" : "g." + filter.breakdown();
    }

    /** The selection of a filter; for posts, picked by their contents as they are now. */
    Mono<EngagementSelection> selection(Filter filter, Collection<RollupFigures> figures) {
        if (!filter.byPost()) {
            return Mono.just(EngagementSelection.of(filter.channels(), filter.breakdown()));
        }
        if (filter.contentId() != null) {
            return Mono.just(EngagementSelection.posts(filter.channels(), posts(filter, Map.of()), true));
        }
        return attributes(figures).map(byPost -> EngagementSelection.posts(filter.channels(), posts(filter, byPost),
                false));
    }

    /**
     * The posts a filter picks, whatever their channel: one piece of content's; all posts (those
     * published outside CarePulse too) when it names no campaign, format or topic; else those whose
     * content, as it is now ({@code contents}, from {@link #attributes}), has them.
     */
    static Predicate<PostRef> posts(Filter filter, Map<ObjectId, Document> contents) {
        if (filter.contentId() != null) {
            String post = PostKey.content(filter.contentId());
            return ref -> ref.post().equals(post);
        }
        if (filter.campaignId() == null && filter.given().format() == null && filter.topic() == null) {
            return ref -> true;
        }
        return ref -> {
            Document content = contents.get(PostKey.contentId(ref.post()));
            return content != null && matches(content, filter);
        };
    }

    /** The current format, topics and campaign of the contents of the posts in {@code figures}. */
    Mono<Map<ObjectId, Document>> attributes(Collection<RollupFigures> figures) {
        Set<ObjectId> ids = new HashSet<>();
        figures.forEach(f -> f.posts().keySet().forEach(ref -> {
            ObjectId id = PostKey.contentId(ref.post());
            if (id != null) {
                ids.add(id);
            }
        }));
        return contents.byId(ids);
    }

    /** Whether content (as it is now) has the filter's campaign, format and topic. */
    static boolean matches(Document content, Filter filter) {
        EngagementFilter given = filter.given();
        return (filter.campaignId() == null || filter.campaignId().equals(content.getObjectId("campaignId")))
                && (given.format() == null || given.format().name().equals(content.getString("format")))
                && (filter.topic() == null || content.getList("topics", String.class, List.of()).stream()
                        .anyMatch(t -> t.equalsIgnoreCase(filter.topic())));
    }

    /**
     * The fewest roll-up documents covering the days {@code first} to {@code last}: whole months,
     * then whole weeks, then days.
     */
    static List<String> cover(LocalDate first, LocalDate last) {
        List<String> periods = new ArrayList<>();
        LocalDate day = first;
        while (!day.isAfter(last)) {
            if (day.getDayOfMonth() == 1 && !day.plusMonths(1).minusDays(1).isAfter(last)) {
                periods.add(RollupPeriods.month(day));
                day = day.plusMonths(1);
            } else if (day.getDayOfWeek() == DayOfWeek.MONDAY && !day.plusDays(6).isAfter(last)
                    && day.plusDays(6).getMonth() == day.getMonth()) {
                periods.add(RollupPeriods.week(day));
                day = day.plusDays(7);
            } else {
                periods.add(RollupPeriods.day(day));
                day = day.plusDays(1);
            }
        }
        return periods;
    }
}
