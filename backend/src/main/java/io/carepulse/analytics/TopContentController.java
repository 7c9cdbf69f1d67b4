package io.carepulse.analytics;

import io.carepulse.analytics.EngagementDefinitions.PostTotals;
import io.carepulse.analytics.EngagementDefinitions.Rate;
import io.carepulse.analytics.EngagementDefinitions.Totals;
import io.carepulse.analytics.EngagementQueries.EngagementFilter;
import io.carepulse.analytics.EngagementQueries.Filter;
import io.carepulse.analytics.EngagementSelection.EngagementValue;
import io.carepulse.analytics.RollupFigures.PostRef;
import io.carepulse.content.Content;
import io.carepulse.content.ContentFormat;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.time.LocalDays;
import io.carepulse.segment.Channel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code topContent}: the period's content ranked by a figure, from each post's own figures in the
 * fewest roll-ups covering its days (read by ID, so its cost follows the posts of the period, not
 * the figures behind them). A piece of content published on several channels is one item, its
 * rate weighted by its posts' reach; a post published outside CarePulse is an item of its own.
 * The content itself is a field with the content's own access rule; its format and topics are
 * figures' attributes that name nobody.
 */
@Controller
class TopContentController {

    static final int FIRST_MAX = 50;
    /** A rate over fewer people (or impressions) says little: such items are not ranked by rate. */
    static final double RATE_BASIS_MIN = 100;

    enum TopContentMetric {
        ENGAGEMENT, ENGAGEMENT_RATE, IMPRESSIONS, REACH, REACTIONS, COMMENTS, SHARES, SAVES, CLICKS, VIDEO_VIEWS,
        VIDEO_WATCH_SECONDS
    }

    record TopContentItem(int rank, String contentId, String externalPostId, List<Channel> channels,
            ContentFormat format, List<String> topics, Double rankedValue, List<EngagementValue> values,
            double engagement, Rate engagementRate) {
    }

    record TopContent(TopContentMetric metric, String timezone, int definitionsVersion, int candidates,
            List<TopContentItem> items) {
    }

    /** One item being ranked: a content's posts, or one post published elsewhere. */
    private record Candidate(String key, ObjectId contentId, String externalPostId, Map<Channel, Totals> byChannel,
            List<PostTotals> posts) {
    }

    private final EngagementQueries queries;
    private final TenantMongo mongo;

    TopContentController(EngagementQueries queries, TenantMongo mongo) {
        this.queries = queries;
        this.mongo = mongo;
    }

    @QueryMapping
    Mono<TopContent> topContent(@Argument EngagementFilter filter, @Argument TopContentMetric metric,
            @Argument Integer first) {
        Filter read = EngagementQueries.filter(filter);
        int count = first == null ? 10 : first;
        if (count < 1 || count > FIRST_MAX) {
            throw new BadInputException("Ask for 1 to " + FIRST_MAX + " items", "first");
        }
        TopContentMetric by = metric == null ? TopContentMetric.ENGAGEMENT : metric;
        return queries.scope().flatMap(scope -> {
            LocalDays days = LocalDays.covering(filter.from(), filter.to(), scope.zone());
            return queries.read(scope, EngagementQueries.cover(days.first(), days.last()), "p")
                    .flatMap(found -> queries.attributes(found.values()).map(contents -> {
                        List<Candidate> candidates = candidates(read, found.values(), contents);
                        List<TopContentItem> items = ranked(candidates, by, count, contents);
                        return new TopContent(by, scope.zone().getId(), EngagementDefinitions.VERSION,
                                candidates.size(), items);
                    }));
        });
    }

    /** The content the item is of, for those who may read content (the type's own rule hides it from others). */
    @SchemaMapping(typeName = "TopContentItem", field = "content")
    Mono<Content> content(TopContentItem item) {
        ObjectId id = item.contentId() == null ? null : GlobalId.objectId(item.contentId(), Content.TYPE);
        return id == null ? Mono.empty() : mongo.findById(id, Content.class);
    }

    /** The posts the filter picks, grouped by content (a post published elsewhere alone). */
    private static List<Candidate> candidates(Filter read, java.util.Collection<RollupFigures> figures,
            Map<ObjectId, Document> contents) {
        Predicate<PostRef> content = EngagementQueries.posts(read, contents);
        Predicate<PostRef> picked = ref -> (read.channels() == null || read.channels().contains(ref.channel()))
                && content.test(ref);
        Map<PostRef, Totals> posts = new LinkedHashMap<>();
        for (RollupFigures f : figures) {
            f.posts().forEach((ref, totals) -> {
                if (picked.test(ref)) {
                    posts.merge(ref, totals, Totals::plus);
                }
            });
        }
        Map<String, Candidate> grouped = new LinkedHashMap<>();
        posts.forEach((ref, totals) -> {
            ObjectId contentId = PostKey.contentId(ref.post());
            String key = contentId != null ? contentId.toHexString() : ref.channel() + "|" + ref.post();
            Candidate candidate = grouped.computeIfAbsent(key, k -> new Candidate(k, contentId,
                    contentId == null ? PostKey.externalId(ref.post()) : null, new EnumMap<>(Channel.class),
                    new ArrayList<>()));
            candidate.byChannel().merge(ref.channel(), totals, Totals::plus);
            candidate.posts().add(new PostTotals(ref.channel(), totals));
        });
        return List.copyOf(grouped.values());
    }

    private static List<TopContentItem> ranked(List<Candidate> candidates, TopContentMetric by, int count,
            Map<ObjectId, Document> contents) {
        record Scored(Candidate candidate, Double value, double engagement, Rate rate) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            double engagement = EngagementDefinitions.engagement(candidate.byChannel());
            Rate rate = EngagementDefinitions.weightedRate(candidate.posts());
            Double value = switch (by) {
                case ENGAGEMENT -> engagement;
                case ENGAGEMENT_RATE -> rate == null || basis(candidate, rate) < RATE_BASIS_MIN ? null : rate.value();
                default -> sum(candidate, EngagementMetric.valueOf(by.name()));
            };
            if (value != null) {
                scored.add(new Scored(candidate, value, engagement, rate));
            }
        }
        scored.sort(Comparator.comparing(Scored::value, Comparator.reverseOrder())
                .thenComparing(Scored::engagement, Comparator.reverseOrder())
                .thenComparing(s -> s.candidate().key()));
        List<TopContentItem> items = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(count, scored.size()))) {
            Candidate c = s.candidate();
            Document content = c.contentId() == null ? null : contents.get(c.contentId());
            PostAttributes attributes = PostAttributes.of(content);
            List<EngagementValue> values = new ArrayList<>();
            for (EngagementMetric metric : EngagementMetric.values()) {
                if (metric != EngagementMetric.FOLLOWERS_GAINED && metric != EngagementMetric.FOLLOWERS_LOST) {
                    values.add(new EngagementValue(metric, sum(c, metric)));
                }
            }
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            channels.addAll(c.byChannel().keySet());
            items.add(new TopContentItem(items.size() + 1, c.contentId() == null ? null
                    : GlobalId.encode(Content.TYPE, c.contentId()), c.externalPostId(), List.copyOf(channels),
                    attributes.format() == null ? null : ContentFormat.valueOf(attributes.format()),
                    content == null ? List.of() : content.getList("topics", String.class, List.of()), s.value(),
                    values, s.engagement(), s.rate()));
        }
        return items;
    }

    /** A metric over the item's posts: for reach, each post's people added up (a person on two channels twice). */
    private static double sum(Candidate candidate, EngagementMetric metric) {
        double sum = 0;
        for (Totals totals : candidate.byChannel().values()) {
            sum += totals.get(metric);
        }
        return sum;
    }

    /** What the item's rate was divided by: its reach, or its impressions. */
    private static double basis(Candidate candidate, Rate rate) {
        return sum(candidate, rate.basis() == EngagementDefinitions.RateBasis.REACH ? EngagementMetric.REACH
                : EngagementMetric.IMPRESSIONS);
    }
}
