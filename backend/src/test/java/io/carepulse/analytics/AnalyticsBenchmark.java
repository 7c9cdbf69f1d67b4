package io.carepulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.carepulse.platform.security.Role;
import io.carepulse.segment.Channel;
import io.carepulse.support.BenchReport;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.TestTokens;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code make bench-analytics}: engagement analytics' benchmark (not a test; tagged "bench", so
 * {@code make test} never runs it), over real HTTP. {@code backend/bench/bench-analytics.sh} runs it
 * against the development MongoDB in a process of its own ({@code -Dcarepulse.test.mongo=uri}), in
 * memory and then on an H2 file with durable commits; with {@code -Dcarepulse.test.mongo=embedded}
 * the database shares the test JVM's heap (and its collector's pauses).
 * <ol>
 * <li>Items through {@code recordEngagement} in calls of 1,000, four at a time: items a second
 * acknowledged, and items a second until the roll-ups have taken them all in. The items are what a
 * connector polling hourly sends: every live post's eight metrics, each a running total, for the
 * 14 days after it went out, over the last 120 days. A warm-up (100,000 items to another
 * organisation, {@code -Dbench.analytics.warmup}) goes first, reported but not counted: the
 * figures are those of an instance that has been running, not of its first seconds.
 * <li>The analytics home's queries at 100,000 and at 5,000,000 items (the first phase, then the
 * rest ingested the same way): a 90-day daily series, breakdowns by channel, format, hour of day and
 * day of the week, and the best-times heatmap. p50 and p99 of each, and the MongoDB commands each
 * sends and the documents they return, from the driver's command events (the development MongoDB
 * reports no "documents examined"; every read here is by {@code _id}, so what is returned is what
 * is examined).
 * </ol>
 */
@Tag("bench")
@Import(AnalyticsBenchmark.Commands.class)
@TestPropertySource(properties = {"carepulse.limits.staff.budget=1000000000",
        "carepulse.limits.staff.restore-per-second=1000000000"})
class AnalyticsBenchmark extends IntegrationTest {

    private static final int SMALL = Integer.getInteger("bench.analytics.small", 100_000);
    private static final int LARGE = Integer.getInteger("bench.analytics.large", 5_000_000);
    /** Items sent first to an organisation of their own, not measured: the instance as it runs after a while. */
    private static final int WARMUP = Integer.getInteger("bench.analytics.warmup", 100_000);
    private static final int CALL = 1_000;
    private static final int AT_ONCE = 4;
    private static final int QUERIES = Integer.getInteger("bench.analytics.queries", 200);
    private static final int LIVE_DAYS = 14;
    private static final int WINDOW_DAYS = 120;
    private static final String ORG = "bench-analytics";
    private static final String WARMUP_ORG = "bench-analytics-warmup";
    private static final List<EngagementMetric> METRICS = List.of(EngagementMetric.IMPRESSIONS,
            EngagementMetric.REACH, EngagementMetric.REACTIONS, EngagementMetric.COMMENTS, EngagementMetric.SHARES,
            EngagementMetric.SAVES, EngagementMetric.CLICKS, EngagementMetric.VIDEO_VIEWS);
    private static final Channel[] CHANNELS = {Channel.FACEBOOK, Channel.INSTAGRAM, Channel.LINKEDIN, Channel.X};

    /** Counts the driver's commands and the documents they return, while a query is measured. */
    @TestConfiguration
    static class Commands {

        static final AtomicLong COMMANDS = new AtomicLong();
        static final AtomicLong DOCUMENTS = new AtomicLong();
        /** Documents asked for by ID: what an index-served lookup examines, found or not. */
        static final AtomicLong ASKED = new AtomicLong();
        static volatile boolean counting;
        private static final Set<String> READS = Set.of("find", "aggregate", "getMore", "count");

        @Bean
        MongoClientSettingsBuilderCustomizer commandCounter() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (counting && READS.contains(event.getCommandName())
                            && !isChangeStream(event.getCommand())) {
                        COMMANDS.incrementAndGet();
                        BsonDocument filter = event.getCommand().getDocument("filter", new BsonDocument());
                        if (filter.isDocument("_id") && filter.getDocument("_id").isArray("$in")) {
                            ASKED.addAndGet(filter.getDocument("_id").getArray("$in").size());
                        } else if (filter.containsKey("_id")) {
                            ASKED.incrementAndGet();
                        }
                    }
                }

                @Override
                public void commandSucceeded(CommandSucceededEvent event) {
                    if (!counting || !READS.contains(event.getCommandName())) {
                        return;
                    }
                    BsonDocument cursor = event.getResponse().getDocument("cursor", null);
                    if (cursor != null) {
                        BsonArray batch = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch")
                                : cursor.getArray("nextBatch", new BsonArray());
                        DOCUMENTS.addAndGet(batch.size());
                    }
                }
            });
        }

        private static boolean isChangeStream(BsonDocument command) {
            return command.containsKey("pipeline") && command.getArray("pipeline").stream()
                    .anyMatch(stage -> stage.isDocument() && stage.asDocument().containsKey("$changeStream"));
        }
    }

    @Autowired
    private ReactiveMongoTemplate template;

    private final Random random = new Random(14);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    private final BenchReport report = new BenchReport("analytics");
    private final Map<String, Long> batches = new java.util.HashMap<>();
    private int postsMade;

    @Test
    void ingestThenTheHomeQueriesAtOneHundredThousandAndFiveMillionItems() throws IOException {
        WebClient client = WebClient.builder().baseUrl("http://localhost:" + port + "/graphql")
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
        report.line("database: the development MongoDB, %s", System.getProperty("carepulse.test.mongo.store",
                "in memory (mongo-java-server's memory backend)"));
        if (WARMUP > 0) {
            ingest(client, WARMUP_ORG, WARMUP, "warm-up, another organisation, not counted below");
        }
        ingest(client, ORG, SMALL, "recordEngagement");
        Map<String, Stats> small = queries(client);
        if (LARGE <= SMALL) {
            write();
            return;
        }
        ingest(client, ORG, LARGE - SMALL, "recordEngagement");
        Map<String, Stats> large = queries(client);
        report.line("");
        report.line("| query | %,d items: p50 / p99 | commands, asked by ID, returned | %,d items: p50 / p99 | commands, "
                + "asked by ID, returned |", SMALL, LARGE);
        report.line("|---|---|---|---|---|");
        small.forEach((name, s) -> {
            Stats l = large.get(name);
            report.line("| %s | %.1f / %.1f ms | %d, %d, %d | %.1f / %.1f ms | %d, %d, %d |", name, s.p50(), s.p99(),
                    s.commands(), s.asked(), s.documents(), l.p50(), l.p99(), l.commands(), l.asked(), l.documents());
        });
        write();
    }

    private void write() throws IOException {
        report.write(now.toString());
    }

    /** Sends {@code items} more items to {@code tenant} and waits until its roll-ups have taken them all in. */
    private void ingest(WebClient client, String tenant, int items, String label) {
        int posts = Math.max(1, items / (LIVE_DAYS * 24 * METRICS.size()));
        Iterator<List<Map<String, Object>>> calls = new Feed(newPosts(posts), items);
        Supplier<String> connector = () -> TestTokens.client(tenant, "engagement:write");
        String mutation = "mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) "
                + "{ accepted userErrors { message } } }";
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        Flux.fromIterable(() -> calls).flatMap(call -> {
            long began = System.nanoTime();
            return client.post().headers(h -> h.setBearerAuth(connector.get()))
                    .bodyValue(Map.of("query", mutation, "variables", Map.of("input", Map.of("items", call))))
                    .retrieve().bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
                    })
                    .doOnNext(body -> {
                        times.add(System.nanoTime() - began);
                        assertThat(body.toString()).as("%s", body).contains("accepted=" + call.size());
                        long total = sent.addAndGet(call.size());
                        if (times.size() % 500 == 0) {
                            report.line("  %,d items sent, %.1f s", total, (System.nanoTime() - start) / 1e9);
                        }
                    });
        }, AT_ONCE).blockLast(Duration.ofHours(2));
        double acknowledged = (System.nanoTime() - start) / 1e9;
        long target = batches.merge(tenant, (long) times.size(), Long::sum);
        Mono.defer(() -> template.findById(tenant, org.bson.Document.class, AnalyticsState.COLLECTION)
                        .map(state -> ((Number) state.get("appliedSequence")).longValue()).defaultIfEmpty(0L))
                .doOnNext(applied -> {
                    if (System.nanoTime() / 1_000_000_000L % 10 == 0) {
                        report.line("  roll-ups at batch %,d of %,d", applied, target);
                    }
                })
                .filter(applied -> applied >= target)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(200)))
                .block(Duration.ofHours(2));
        double counted = (System.nanoTime() - start) / 1e9;
        report.line("%s: %,d items (%,d posts) in %,d calls of %,d, %d at a time: acknowledged in %.1f s, "
                        + "%,.0f items/s (per call p50 %.0f ms, p99 %.0f ms); all in the roll-ups after %.1f s, %,.0f items/s",
                label, sent.get(), posts, times.size(), CALL, AT_ONCE, acknowledged, sent.get() / acknowledged,
                BenchReport.percentile(times, 50), BenchReport.percentile(times, 99), counted, sent.get() / counted);
    }

    private record Post(String id, Channel channel, Instant published, double scale) {
    }

    /** Posts published at random over the window (before its last 14 days), in working hours. */
    private List<Post> newPosts(int count) {
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant day = now.minus(Duration.ofDays(LIVE_DAYS + random.nextInt(WINDOW_DAYS - LIVE_DAYS)))
                    .truncatedTo(ChronoUnit.DAYS);
            Instant published = day.plus(Duration.ofMinutes(7 * 60 + random.nextInt(14 * 60)));
            posts.add(new Post("bench-" + (postsMade++), CHANNELS[random.nextInt(CHANNELS.length)], published,
                    50 + random.nextInt(5_000)));
        }
        posts.sort(java.util.Comparator.comparing(Post::published));
        return posts;
    }

    /** Calls of 1,000 items in time order: each hour, every live post's eight running totals. */
    private final class Feed implements Iterator<List<Map<String, Object>>> {

        private final List<Post> posts;
        private final int items;
        private int made;
        private Instant hour;
        private final List<Map<String, Object>> waiting = new ArrayList<>();

        Feed(List<Post> posts, int items) {
            this.posts = posts;
            this.items = items;
            this.hour = posts.getFirst().published().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        }

        @Override
        public boolean hasNext() {
            fill();
            return !waiting.isEmpty();
        }

        @Override
        public List<Map<String, Object>> next() {
            fill();
            List<Map<String, Object>> call = new ArrayList<>(waiting.subList(0, Math.min(CALL, waiting.size())));
            waiting.subList(0, call.size()).clear();
            return call;
        }

        private void fill() {
            while (waiting.size() < CALL && made < items && !hour.isAfter(now)) {
                for (Post post : posts) {
                    if (post.published().isAfter(hour) || made >= items) {
                        break;
                    }
                    double hours = Duration.between(post.published(), hour).toMinutes() / 60.0;
                    if (hours > LIVE_DAYS * 24) {
                        continue;
                    }
                    double grown = 1 - Math.exp(-hours / 18);
                    Instant at = hour.plusSeconds(random.nextInt(600));
                    for (EngagementMetric metric : METRICS) {
                        Map<String, Object> item = new LinkedHashMap<>();
                        item.put("externalPostId", post.id());
                        item.put("channel", post.channel().name());
                        item.put("metric", metric.name());
                        item.put("value", (double) Math.round(post.scale() * share(metric) * grown));
                        item.put("at", at.toString());
                        item.put("publishedAt", post.published().toString());
                        waiting.add(item);
                        made++;
                    }
                }
                hour = hour.plus(Duration.ofHours(1));
            }
        }
    }

    private static double share(EngagementMetric metric) {
        return switch (metric) {
            case IMPRESSIONS -> 3.0;
            case REACH -> 2.0;
            case REACTIONS -> 0.08;
            case COMMENTS -> 0.01;
            case SHARES -> 0.01;
            case SAVES -> 0.005;
            case CLICKS -> 0.02;
            default -> 0.3;
        };
    }

    private record Stats(double p50, double p99, long commands, long asked, long documents) {
    }

    private Map<String, Stats> queries(WebClient client) {
        Instant to = now;
        Instant from = now.minus(Duration.ofDays(90));
        Map<String, Object> filter = Map.of("from", from.toString(), "to", to.toString());
        Map<String, Map.Entry<String, Map<String, Object>>> home = new LinkedHashMap<>();
        home.put("engagementSeries, 90 days by day", Map.entry("query($f: EngagementFilter!) { engagementSeries("
                + "filter: $f, interval: DAY, metrics: [IMPRESSIONS, REACTIONS, COMMENTS, SHARES, CLICKS]) { points { start engagement engagementRate { value basis } values "
                + "{ metric value } } total { engagement engagementRate { value } } } }", Map.of("f", filter)));
        for (String by : List.of("CHANNEL", "FORMAT", "HOUR_OF_DAY", "DAY_OF_WEEK")) {
            home.put("engagementBreakdown by " + by + ", 90 days", Map.entry("query($f: EngagementFilter!) { "
                    + "engagementBreakdown(filter: $f, by: " + by + ", metrics: [IMPRESSIONS, REACTIONS, COMMENTS, SHARES, "
                    + "CLICKS]) { rows { key label engagement engagementRate "
                    + "{ value basis } values { metric value } } } }", Map.of("f", filter)));
        }
        home.put("bestTimesToPost(FACEBOOK)", Map.entry("{ bestTimesToPost(channel: FACEBOOK) { baseline { value } "
                + "slots { dayOfWeek hour samples expectedRate fromBaseline } top { dayOfWeek hour expectedRate } } }",
                Map.of()));
        Supplier<String> analyst = () -> TestTokens.staff(ORG, Role.ANALYST);
        Map<String, Stats> stats = new LinkedHashMap<>();
        home.forEach((name, query) -> {
            List<Long> times = new ArrayList<>();
            long commands = 0;
            long documents = 0;
            long asked = 0;
            for (int i = 0; i < QUERIES + 20; i++) {
                Commands.COMMANDS.set(0);
                Commands.DOCUMENTS.set(0);
                Commands.ASKED.set(0);
                Commands.counting = true;
                long began = System.nanoTime();
                Map<String, Object> body = client.post().headers(h -> h.setBearerAuth(analyst.get()))
                        .bodyValue(Map.of("query", query.getKey(), "variables", query.getValue())).retrieve()
                        .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
                        }).block(Duration.ofMinutes(1));
                long took = System.nanoTime() - began;
                Commands.counting = false;
                assertThat(body).as("%s", body).doesNotContainKey("errors");
                if (i >= 20) {
                    times.add(took);
                    commands = Commands.COMMANDS.get();
                    documents = Commands.DOCUMENTS.get();
                    asked = Commands.ASKED.get();
                }
            }
            stats.put(name, new Stats(BenchReport.percentile(times, 50), BenchReport.percentile(times, 99), commands, asked, documents));
            report.line("%s: p50 %.1f ms, p99 %.1f ms, %d commands asking for %d documents by ID, %d returned", name,
                    BenchReport.percentile(times, 50), BenchReport.percentile(times, 99), commands, asked, documents);
        });
        return stats;
    }


}
