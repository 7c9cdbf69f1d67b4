package io.carepulse.analytics;

import io.carepulse.analytics.EngagementBatch.Item;
import io.carepulse.analytics.EngagementBatch.Logged;
import io.carepulse.analytics.PostSeries.Adjustment;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.events.EventFold;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.segment.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Takes the recorded batches into the series and roll-ups, one organisation's batches in the order
 * of their events, each exactly once in effect: a series keeps the sequence of the last batch it
 * took in with what that batch changed ({@code lastBatch}, {@code lastAdjustments}), and a roll-up
 * document the sequence of the last batch added to it ({@link EventFold#APPLIED}), so a rerun after
 * a crash passes on the same changes and adds them only where they are missing. The organisation's
 * {@link AnalyticsState} moves on after each batch. Consumers run on one instance at a time, which
 * this relies on: reads never take batches in themselves.
 *
 * <p>A rebuild (asked for with {@code rebuildRollups}, or when the organisation's time zone is not
 * the one its roll-ups follow) makes a new generation of roll-ups from the series, then switches the
 * state to it and removes the old one.
 */
@Component
class Rollups {

    static final String CONSUMER = "analytics-rollups";
    /** Events read from the log at a time. */
    private static final int EVENTS = 64;
    /** Series written at once. */
    private static final int CONCURRENCY = 8;

    private final TenantMongo mongo;
    private final EventLog log;
    private final OrganizationSettingsStore settings;
    private final PostContents contents;

    Rollups(TenantMongo mongo, EventLog log, OrganizationSettingsStore settings, PostContents contents) {
        this.mongo = mongo;
        this.log = log;
        this.settings = settings;
        this.contents = contents;
    }

    @Bean
    static IndexDeclaration rollupIndexes() {
        // A rebuild reads an organisation's series and removes a generation of its roll-ups.
        return IndexDeclaration.of(Rollup.COLLECTION,
                new Index().on("organizationId", Sort.Direction.ASC).on("generation", Sort.Direction.ASC));
    }

    @Bean
    static IndexDeclaration seriesIndexes() {
        return IndexDeclaration.of(SeriesDocument.COLLECTION, new Index().on("organizationId", Sort.Direction.ASC));
    }

    @Bean
    static IndexDeclaration figureDayIndexes() {
        return IndexDeclaration.of(FigureDay.COLLECTION, new Index().on("organizationId", Sort.Direction.ASC));
    }

    @Bean
    static EventStream<Logged> engagementStream() {
        return EngagementBatch.STREAM;
    }

    @Bean
    static EventConsumer<Logged> rollupConsumer(Rollups rollups) {
        return EventConsumer.folding(CONSUMER, EngagementBatch.STREAM, rollups::catchUp);
    }

    /** Takes in the organisation's batches not taken in yet. */
    Mono<Void> catchUp(String org) {
        return PendingAudit.outside(Mono.zip(state(org), settings.current()).flatMap(t -> {
            AnalyticsState state = t.getT1();
            String zone = t.getT2().timezone();
            Mono<AnalyticsState> current = state.zone() == null || state.zone().equals(zone) ? Mono.just(state)
                    : rebuild(state, state.appliedSequence(), zone);
            return current.flatMap(from -> takeIn(org, from, zone));
        })).then();
    }

    private Mono<AnalyticsState> takeIn(String org, AnalyticsState from, String zone) {
        return log.after(EngagementBatch.STREAM, org, from.appliedSequence()).take(EVENTS).collectList()
                .flatMap(events -> Flux.fromIterable(events)
                        .reduce(Mono.just(from), (state, event) -> state.flatMap(s -> apply(s, event, zone)))
                        .flatMap(last -> last)
                        .flatMap(last -> events.size() == EVENTS ? takeIn(org, last, zone) : Mono.just(last)));
    }

    private Mono<AnalyticsState> state(String org) {
        return mongo.findById(org, AnalyticsState.class).defaultIfEmpty(new AnalyticsState(org, org, 0, 1, null));
    }

    private Mono<AnalyticsState> apply(AnalyticsState state, Event<Logged> event, String zone) {
        long sequence = event.sequence();
        if (event.payload().rebuild()) {
            return rebuild(state, sequence, zone);
        }
        return mongo.findById(new ObjectId(event.payload().batchId()), EngagementBatch.class)
                .flatMap(batch -> takeIn(batch, sequence, state.generation(), ZoneId.of(zone)))
                .then(save(state.organizationId(), sequence, state.generation(), zone));
    }

    /** The batch's items, series by series, then their changes into the roll-ups. */
    private Mono<Void> takeIn(EngagementBatch batch, long sequence, int generation, ZoneId zone) {
        Map<String, List<Item>> bySeries = new LinkedHashMap<>();
        for (Item item : batch.items().stream().map(Item::of).toList()) {
            bySeries.computeIfAbsent(SeriesDocument.id(batch.organizationId(), item.channel(), item.post()),
                    id -> new ArrayList<>()).add(item);
        }
        String batchId = batch.id().toHexString();
        return mongo.findStored(Query.query(Criteria.where("_id").in(bySeries.keySet())), SeriesDocument.class)
                .collectMap(stored -> stored.getString("_id"))
                .flatMap(stored -> Flux.fromIterable(bySeries.entrySet())
                        .flatMap(series -> takeIn(series.getKey(), series.getValue(), stored.get(series.getKey()),
                                sequence, batchId), CONCURRENCY)
                        .reduce(new RollupIncrements(batch.organizationId(), generation, zone), (increments, changed) -> {
                            increments.add(changed.channel(), changed.post(), changed.attributes(),
                                    changed.publishedAt(), changed.sample(), changed.adjustments());
                            return increments;
                        }))
                .flatMap(increments -> write(increments, sequence));
    }

    /**
     * What one series' items changed, for the roll-ups: its metrics' and rate parts' adjustments,
     * the post's breakdowns and publishing time, and whether it is a new sample of its best-times slot.
     */
    private record Changed(Channel channel, String post, PostAttributes attributes, Instant publishedAt,
            boolean sample, List<Adjustment> adjustments) {
    }

    /**
     * One series' items: what they change, kept with the series' head in one write (with the
     * figures to keep, which the figure days then take; a rerun writes them again).
     */
    private Mono<Changed> takeIn(String id, List<Item> items, Document stored, long sequence, String batchId) {
        if (stored != null && lastBatch(stored) == sequence) {
            return writeFigures(id, lastFigures(stored)).thenReturn(kept(stored));
        }
        PostSeries head = PostSeries.head(stored);
        return (head.needsAllFor(items) ? figureDays(id, stored).map(days -> new Read(PostSeries.of(days), days))
                : Mono.just(new Read(head, null)))
                .flatMap(read -> takeIn(id, items, stored, sequence, batchId, read));
    }

    /** A series as read: its head, or all its figures ({@code days}: its figure days, then). */
    private record Read(PostSeries series, List<Document> days) {
    }

    private Mono<Changed> takeIn(String id, List<Item> items, Document stored, long sequence, String batchId,
            Read read) {
        Item first = items.getFirst();
        PostSeries series = read.series();
        boolean reachedBefore = series.reached();
        items.forEach(item -> series.apply(item, batchId));
        if (series.written().isEmpty()) {
            return Mono.just(new Changed(first.channel(), first.post(), PostAttributes.NONE, null, false, List.of()));
        }
        List<Adjustment> metrics = series.adjustments();
        List<Adjustment> adjustments = new ArrayList<>(metrics);
        boolean reached = series.reached();
        adjustments.addAll(RateParts.of(first.channel(), metrics, reached));
        if (reached != reachedBefore) {
            // Read whole (needsAllFor), or new: the figures before this batch move between the rate's parts.
            List<Adjustment> before = read.days() == null ? List.of() : PostSeries.of(read.days()).everything();
            adjustments.addAll(RateParts.moved(first.channel(), before, reachedBefore, reached));
        }
        Item latest = items.getLast();
        PostAttributes attributes = latest.contentId() != null ? latest.attributes() : PostAttributes.of(stored);
        Instant publishedAt = items.stream().map(Item::publishedAt).filter(java.util.Objects::nonNull).findFirst()
                .orElse(stored == null || stored.getDate("publishedAt") == null ? null
                        : stored.getDate("publishedAt").toInstant());
        boolean sample = publishedAt != null && (stored == null || !Boolean.TRUE.equals(stored.getBoolean("sampled")));
        List<Document> figures = new ArrayList<>();
        series.written().forEach((day, paths) -> paths.forEach((path, value) -> figures.add(
                new Document("d", day.toString()).append("p", path).append("v", value))));
        Update update = new Update();
        series.headChanges().forEach(update::set);
        update.set("lastBatch", sequence).set("lastAdjustments", adjustments.stream().map(Adjustment::stored).toList())
                .set("lastFigures", figures).set("lastSample", sample).set("reached", reached)
                .set("format", attributes.format()).set("topics", attributes.topics())
                .set("campaignId", attributes.campaignId())
                .setOnInsert("channel", first.channel().name()).setOnInsert("post", first.post())
                .addToSet("days").each(series.written().keySet().stream().map(LocalDate::toString).toArray());
        if (publishedAt != null) {
            update.set("publishedAt", publishedAt).set("sampled", true);
        }
        items.stream().filter(item -> item.contentId() != null).findFirst()
                .ifPresent(item -> update.set("contentId", item.contentId()));
        items.stream().filter(item -> item.externalPostId() != null).findFirst()
                .ifPresent(item -> update.set("externalPostId", item.externalPostId()));
        Changed changed = new Changed(first.channel(), first.post(), attributes, publishedAt, sample, adjustments);
        Query notYet = Query.query(Criteria.where("_id").is(id).and("lastBatch").lt(sequence));
        return mongo.updateOne(notYet, update, SeriesDocument.class, true)
                .then(writeFigures(id, figures)).thenReturn(changed)
                // Taken in meanwhile (another instance, before a lease moved): pass on what it kept.
                .onErrorResume(DuplicateKeyException.class, e -> mongo.findStored(Query.query(Criteria.where("_id")
                        .is(id)), SeriesDocument.class).next().flatMap(again -> lastBatch(again) == sequence
                                ? writeFigures(id, lastFigures(again)).thenReturn(kept(again))
                                : Mono.error(new IllegalStateException("Series " + id + " is at batch "
                                        + lastBatch(again) + ", not " + sequence))));
    }

    /** A series' figure days, all of them. */
    private Mono<List<Document>> figureDays(String id, Document stored) {
        List<String> days = stored == null ? List.of() : stored.getList("days", String.class, List.of());
        if (days.isEmpty()) {
            return Mono.just(List.of());
        }
        return mongo.findStored(Query.query(Criteria.where("_id").in(days.stream()
                .map(day -> FigureDay.id(id, LocalDate.parse(day))).toList())), FigureDay.class).collectList();
    }

    /** Sets the figures a batch keeps in their days (the same values again on a rerun). */
    private Mono<Void> writeFigures(String id, List<Document> figures) {
        Map<String, Update> byDay = new LinkedHashMap<>();
        for (Document figure : figures) {
            byDay.computeIfAbsent(figure.getString("d"), day -> new Update().setOnInsert("series", id))
                    .set(figure.getString("p"), figure.get("v"));
        }
        return Flux.fromIterable(byDay.entrySet()).concatMap(day -> mongo.updateOne(Query.query(Criteria.where("_id")
                .is(FigureDay.id(id, LocalDate.parse(day.getKey())))), day.getValue(), FigureDay.class, true)).then();
    }

    private static List<Document> lastFigures(Document stored) {
        return stored.getList("lastFigures", Document.class, List.of());
    }

    /** What a series kept of the last batch it took in. */
    private static Changed kept(Document stored) {
        java.util.Date published = stored.getDate("publishedAt");
        return new Changed(Channel.valueOf(stored.getString("channel")), stored.getString("post"),
                PostAttributes.of(stored), published == null ? null : published.toInstant(),
                Boolean.TRUE.equals(stored.getBoolean("lastSample")), lastAdjustments(stored));
    }

    private static long lastBatch(Document stored) {
        Object last = stored.get("lastBatch");
        return last == null ? 0 : ((Number) last).longValue();
    }

    private static List<Adjustment> lastAdjustments(Document stored) {
        return stored.getList("lastAdjustments", Document.class, List.of()).stream().map(Adjustment::of).toList();
    }

    /** Adds the increments to each roll-up document that has not taken this batch in yet. */
    private Mono<Void> write(RollupIncrements increments, long sequence) {
        return Flux.fromIterable(increments.documents()).flatMap(document -> {
            Update update = new Update();
            document.paths().forEach(update::inc);
            update.set(EventFold.APPLIED, sequence).setOnInsert("period", document.period())
                    .setOnInsert("generation", increments.generation());
            Query notYet = Query.query(Criteria.where("_id").is(document.id()).and(EventFold.APPLIED).lt(sequence));
            return mongo.updateOne(notYet, update, Rollup.class, true)
                    .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false)); // taken in before
        }, CONCURRENCY).then();
    }

    private Mono<AnalyticsState> save(String org, long sequence, int generation, String zone) {
        return mongo.updateOne(Query.query(Criteria.where("_id").is(org)), new Update()
                        .set(EventFold.APPLIED, sequence).set("generation", generation).set("zone", zone),
                AnalyticsState.class, true)
                .thenReturn(new AnalyticsState(org, org, sequence, generation, zone));
    }

    /**
     * A new generation of roll-ups made from every series of the organisation (what an interrupted
     * rebuild left of it removed first), with each post's content's current format, topics and
     * campaign, then the state switched to it, then the old one removed.
     */
    private Mono<AnalyticsState> rebuild(AnalyticsState state, long sequence, String zone) {
        int next = state.generation() + 1;
        String org = state.organizationId();
        RollupIncrements increments = new RollupIncrements(org, next, ZoneId.of(zone));
        return mongo.remove(Query.query(Criteria.where("generation").is(next)), Rollup.class)
                .then(Mono.zip(mongo.findStored(new Query(), SeriesDocument.class).collectList(),
                        mongo.findStored(new Query(), FigureDay.class)
                                .collectMultimap(day -> day.getString("series"))))
                .flatMap(read -> currentAttributes(read.getT1()).doOnNext(byId -> read.getT1().forEach(stored -> {
                    String id = stored.getString("_id");
                    PostSeries series = PostSeries.of(read.getT2().getOrDefault(id, List.of()));
                    Channel channel = Channel.valueOf(stored.getString("channel"));
                    String post = stored.getString("post");
                    ObjectId contentId = PostKey.contentId(post);
                    PostAttributes attributes = contentId != null && byId.containsKey(contentId)
                            ? PostAttributes.of(byId.get(contentId)) : PostAttributes.of(stored);
                    java.util.Date published = stored.getDate("publishedAt");
                    List<Adjustment> everything = new ArrayList<>(series.everything());
                    everything.addAll(RateParts.of(channel, List.copyOf(everything), series.reached()));
                    increments.add(channel, post, attributes, published == null ? null : published.toInstant(),
                            published != null, everything);
                })))
                .then(Mono.defer(() -> write(increments, sequence)))
                .then(save(org, sequence, next, zone))
                .flatMap(saved -> mongo.remove(Query.query(Criteria.where("generation").lte(state.generation())),
                        Rollup.class).thenReturn(saved));
    }

    /** The current format, topics and campaign of the series' contents. */
    private Mono<Map<ObjectId, Document>> currentAttributes(List<Document> series) {
        return contents.byId(series.stream().map(s -> PostKey.contentId(s.getString("post")))
                .filter(java.util.Objects::nonNull).distinct().toList());
    }
}
