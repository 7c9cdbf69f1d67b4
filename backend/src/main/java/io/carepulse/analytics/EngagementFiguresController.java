package io.carepulse.analytics;

import io.carepulse.analytics.EngagementBatch.SourceKind;
import io.carepulse.content.Content;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.time.LocalDays;
import io.carepulse.segment.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code engagementFigures}: the figures one post (or the page) keeps on one channel, each with its
 * provenance — the batch it came in (a connector's call, an imported file or an entry), its line,
 * when it was received and under which version of the definitions. Read from the post's figure days
 * ({@link FigureDay}, one per UTC day, by ID) and the batches they name (by ID, without their items).
 */
@Controller
class EngagementFiguresController {

    /** Days a period may span: the figures of a post over a month. */
    static final int DAYS_MAX = 31;
    /** Figures answered at most, newest first. */
    static final int FIGURES_MAX = 1_000;

    record FigureSource(SourceKind kind, String batchId, int line, Instant receivedAt, int definitionsVersion,
            String client, String fileId, String fileName) {
    }

    record EngagementFigure(EngagementMetric metric, Instant at, double value, EngagementValueKind kind,
            FigureSource source) {
    }

    record EngagementFigures(Channel channel, String contentId, String externalPostId, List<EngagementFigure> figures,
            boolean truncated) {
    }

    private record Kept(EngagementMetric metric, EngagementValueKind kind, Instant at, double value, String batch,
            int line) {
    }

    private final TenantMongo mongo;
    private final PostContents contents;

    EngagementFiguresController(TenantMongo mongo, PostContents contents) {
        this.mongo = mongo;
        this.contents = contents;
    }

    @QueryMapping
    Mono<EngagementFigures> engagementFigures(@Argument Channel channel, @Argument String contentId,
            @Argument String externalPostId, @Argument Instant from, @Argument Instant to,
            @Argument List<EngagementMetric> metrics) {
        if (!to.isAfter(from)) {
            throw new BadInputException("The period must end after it starts", "to");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(DAYS_MAX)) > 0) {
            throw new BadInputException("Choose a period of at most " + DAYS_MAX + " days", "to");
        }
        ObjectId content = contentId == null ? null : GlobalId.objectId(contentId, Content.TYPE);
        if (contentId != null && content == null) {
            throw new BadInputException("contentId is not a content item's ID", "contentId");
        }
        String postId = externalPostId == null || externalPostId.isBlank() ? null : externalPostId.strip();
        if (content != null && postId != null) {
            throw new BadInputException("Give contentId or externalPostId, not both", "externalPostId");
        }
        Set<EngagementMetric> asked = metrics == null || metrics.isEmpty() ? EnumSet.allOf(EngagementMetric.class)
                : EnumSet.copyOf(metrics);
        return post(channel, content, postId).flatMap(post -> mongo.tenant().flatMap(org -> {
            String series = SeriesDocument.id(org, channel, post);
            List<String> days = days(from, to).stream().map(day -> FigureDay.id(series, day)).toList();
            return mongo.findStored(Query.query(Criteria.where("_id").in(days)), FigureDay.class).collectList()
                    .flatMap(stored -> {
                        List<Kept> kept = new ArrayList<>();
                        stored.forEach(day -> kept(day, asked, from, to, kept));
                        kept.sort(Comparator.comparing(Kept::at).reversed().thenComparing(Kept::metric));
                        List<Kept> shown = kept.subList(0, Math.min(kept.size(), FIGURES_MAX));
                        return sources(shown).map(sources -> new EngagementFigures(channel, contentId, externalPostId,
                                shown.stream().map(figure -> new EngagementFigure(figure.metric(), figure.at(),
                                        figure.value(), figure.kind(), sources.get(figure.batch()) == null ? null
                                                : withLine(sources.get(figure.batch()), figure.line()))).toList(),
                                kept.size() > FIGURES_MAX));
                    });
        }));
    }

    /** The series key the post is recorded under: a platform post ID CarePulse published is its content's. */
    private Mono<String> post(Channel channel, ObjectId content, String postId) {
        if (content != null) {
            return Mono.just(PostKey.content(content));
        }
        if (postId == null) {
            return Mono.just(PostKey.PAGE);
        }
        return contents.byPostId(Set.of(postId)).map(byPost -> {
            Document published = byPost.get(channel + "|" + postId);
            return published != null ? PostKey.content(published.getObjectId("_id")) : PostKey.external(postId);
        });
    }

    /** A day's kept figures in the period: each quarter hour's running total ({@code s}) and each change ({@code d}). */
    private static void kept(Document day, Set<EngagementMetric> asked, Instant from, Instant to, List<Kept> into) {
        for (String part : List.of("s", "d")) {
            EngagementValueKind kind = "s".equals(part) ? EngagementValueKind.CUMULATIVE : EngagementValueKind.DELTA;
            Object figures = day.get(part);
            if (!(figures instanceof Document byMetric)) {
                continue;
            }
            byMetric.forEach((metric, slots) -> {
                EngagementMetric which = EngagementMetric.valueOf(metric);
                if (!asked.contains(which) || !(slots instanceof Document bySlot)) {
                    return;
                }
                bySlot.values().forEach(value -> {
                    Document figure = (Document) value;
                    Instant at = Instant.ofEpochSecond(((Number) figure.get("a")).longValue());
                    if (!at.isBefore(from) && at.isBefore(to)) {
                        into.add(new Kept(which, kind, at, ((Number) figure.get("v")).doubleValue(),
                                figure.getString("b"), ((Number) figure.get("l")).intValue()));
                    }
                });
            });
        }
    }

    /** The batches the figures came in, by hex ID: their sources, never their items. */
    private Mono<Map<String, FigureSource>> sources(List<Kept> figures) {
        Set<ObjectId> ids = new LinkedHashSet<>();
        figures.forEach(figure -> {
            if (figure.batch() != null && ObjectId.isValid(figure.batch())) {
                ids.add(new ObjectId(figure.batch()));
            }
        });
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("organizationId", "source", "definitionsVersion", "receivedAt", "rebuild");
        return mongo.find(query, EngagementBatch.class).collectMap(batch -> batch.id().toHexString(),
                batch -> new FigureSource(batch.source().kind(), GlobalId.encode(EngagementBatch.TYPE, batch.id()), 0,
                        batch.receivedAt(), batch.definitionsVersion(), batch.source().client(),
                        batch.source().fileId(), batch.source().fileName()));
    }

    private static FigureSource withLine(FigureSource source, int line) {
        return new FigureSource(source.kind(), source.batchId(), line, source.receivedAt(),
                source.definitionsVersion(), source.client(), source.fileId(), source.fileName());
    }

    /** The UTC days a period's figures are kept in. */
    static List<LocalDate> days(Instant from, Instant to) {
        return LocalDays.covering(from, to, ZoneOffset.UTC).days();
    }
}
