package io.carepulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.feedback.themes.AnalysedMessage;
import io.carepulse.feedback.themes.MessageTerms;
import io.carepulse.feedback.themes.SentimentScore;
import io.carepulse.feedback.themes.ThemeTaxonomy;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.phi.PhiScanner;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.time.LocalDays;
import io.carepulse.support.BenchReport;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.TestTokens;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code make bench-feedback}: the inbox's two benchmarks (not tests; tagged "bench", so {@code make test}
 * never runs them), on the embedded MongoDB in memory in this JVM, over real HTTP.
 * <ol>
 * <li>100,000 messages through {@code ingestFeedback} in calls of 500, two at a time, spread over
 * the last 180 days, with the themes' consumers counting them in the background as they would in
 * production: messages a second and the time per call.
 * <li>{@code feedbackThemes} over 90 days at 100,000 messages, then at 1,000,000, in an organisation
 * of its own whose per-day counts are made with the consumers' own fold ({@link ThemeDays#merge})
 * from synthetic messages analysed as the consumers analyse them, rather than through the API,
 * which on this machine would take hours. p50 and p99 and the
 * documents each query reads (one per day of the two periods, whatever the volume).
 * </ol>
 */
@Tag("bench")
@TestPropertySource(properties = {"carepulse.limits.staff.budget=1000000000",
        "carepulse.limits.staff.restore-per-second=1000000000"})
class FeedbackBenchmark extends IntegrationTest {

    private static final int INGESTED = Integer.getInteger("bench.feedback.ingested", 100_000);
    private static final int TOTAL = Integer.getInteger("bench.feedback.total", 1_000_000);
    private static final int BATCH = 500;
    private static final int QUERIES = 300;
    private static final int SPREAD_DAYS = 180;
    private static final String ORG = TestTokens.RIVERSIDE;
    private static final String THEMES_ORG = "bench-themes";

    @Autowired
    private ReactiveMongoTemplate template;
    @Autowired
    private OrganizationSettingsStore settings;
    @Autowired
    private ThemeTaxonomies taxonomies;

    private final Random random = new Random(13);
    private final Instant now = Instant.now();
    private final BenchReport report = new BenchReport("feedback");
    private int made;
    /** The summary's threads by day, as the consumer would have marked them. */
    private final Map<String, Map<String, FeedbackDay.Mark>> summaryDays = new HashMap<>();

    @Test
    void ingestThenFeedbackThemesAtOneHundredThousandAndAMillionMessages() throws IOException {
        WebClient client = WebClient.builder().baseUrl("http://localhost:" + port + "/graphql")
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
        // Tokens last 10 minutes and the whole run takes longer: a fresh one for each call.
        java.util.function.Supplier<String> connector = () -> TestTokens.client(ORG, "feedback:write");
        // The themes are measured in an organisation of their own, whose per-day counts are made with
        // the consumers' fold: on this machine the consumers count a burst of 100,000 far slower than
        // it is ingested, and the query's cost is the same however the counts were made.
        if (!Boolean.parseBoolean(System.getProperty("bench.feedback.themes", "true"))) {
            ingest(client, connector);
            report.write(now.toString());
            return;
        }
        java.util.function.Supplier<String> themesAnalyst = () -> TestTokens.staff(THEMES_ORG,
                io.carepulse.platform.security.Role.ANALYST);
        addToDayCounts(INGESTED);
        awaitCounted(client, themesAnalyst, INGESTED);
        List<Long> small = queries(client, themesAnalyst);
        List<Long> smallSummary = summaries(client, themesAnalyst);
        long documents = daysRead();
        addToDayCounts(TOTAL - INGESTED);
        awaitCounted(client, themesAnalyst, TOTAL);
        List<Long> large = queries(client, themesAnalyst);
        List<Long> largeSummary = summaries(client, themesAnalyst);
        report.line("feedbackThemes, 90 days at %,d messages: p50 %.1f ms, p99 %.1f ms (%d documents read by ID: weeks and days)",
                INGESTED, BenchReport.percentile(small, 50), BenchReport.percentile(small, 99), documents);
        report.line("feedbackThemes, 90 days at %,d messages: p50 %.1f ms, p99 %.1f ms (%d documents read by ID: weeks and days)",
                TOTAL, BenchReport.percentile(large, 50), BenchReport.percentile(large, 99), documents);
        report.line("growth of p99 from %,d to %,d messages: %.2fx (target: at most 2x, and p99 at most 200 ms)", INGESTED,
                TOTAL, BenchReport.percentile(large, 99) / BenchReport.percentile(small, 99));
        for (int i = 0; i < 2; i++) {
            List<Long> times = i == 0 ? smallSummary : largeSummary;
            report.line("feedbackSummary, 90 days at %,d threads: p50 %.1f ms, p99 %.1f ms (feedbackThemes' documents "
                            + "and 91 days' counts, by ID)", i == 0 ? INGESTED : TOTAL, BenchReport.percentile(times, 50),
                    BenchReport.percentile(times, 99));
        }
        if (Boolean.parseBoolean(System.getProperty("bench.feedback.ingest", "true"))) {
            ingest(client, connector);
        }
        report.write(now.toString());
    }

    private void ingest(WebClient client, java.util.function.Supplier<String> connector) {
        String mutation = "mutation($input: IngestFeedbackInput!) { ingestFeedback(input: $input) "
                + "{ results { threadId } userErrors { message } } }";
        List<Long> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        Flux.range(0, INGESTED / BATCH).map(this::batch).flatMap(items -> {
            long began = System.nanoTime();
            return client.post().headers(h -> h.setBearerAuth(connector.get()))
                    .bodyValue(Map.of("query", mutation, "variables", Map.of("input", Map.of("items", items))))
                    .retrieve().bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
                    })
                    .doOnNext(body -> {
                        calls.add(System.nanoTime() - began);
                        if (calls.size() % 20 == 0) {
                            report.line("ingestFeedback: %,d messages so far, %.1f s, the last call %.0f ms",
                                    calls.size() * BATCH, (System.nanoTime() - start) / 1e9,
                                    (System.nanoTime() - began) / 1e6);
                        }
                        assertThat(body.toString()).doesNotContain("userErrors=[{", "errors=");
                    });
        }, 2).blockLast(Duration.ofHours(1));
        double seconds = (System.nanoTime() - start) / 1e9;
        report.line("ingestFeedback: %,d messages in %,d calls of %d, 2 at a time: %.1f s, %,.0f messages/s, per call "
                        + "p50 %.0f ms, p99 %.0f ms", INGESTED, calls.size(), BATCH, seconds, INGESTED / seconds,
                BenchReport.percentile(calls, 50), BenchReport.percentile(calls, 99));
        // The themes' consumers count behind the ingest: every message, however far they fell behind.
        awaitCounted(client, () -> TestTokens.staff(ORG, io.carepulse.platform.security.Role.ANALYST), INGESTED);
    }

    private List<Map<String, Object>> batch(int call) {
        List<Map<String, Object>> items = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            Map<String, Object> item = new HashMap<>();
            item.put("source", SOURCES[random.nextInt(SOURCES.length)]);
            item.put("externalId", "bench-" + call + "-" + i);
            item.put("visibility", random.nextBoolean() ? "PUBLIC" : "PRIVATE");
            item.put("authorName", "Bench " + random.nextInt(10_000));
            item.put("message", message());
            item.put("sentAt", now.minusSeconds(random.nextInt(SPREAD_DAYS * 86_400)).toString());
            items.add(item);
        }
        return items;
    }

    /** Waits for the background consumers to have counted every message (read through the API). */
    private void awaitCounted(WebClient client, java.util.function.Supplier<String> analyst, int expected) {
        long start = System.nanoTime();
        Mono.defer(() -> themes(client, analyst, SPREAD_DAYS + 2))
                .filter(body -> ((Number) ((Map<?, ?>) ((Map<?, ?>) body.get("data")).get("feedbackThemes"))
                        .get("messages")).intValue() >= expected)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofSeconds(1)))
                .block(Duration.ofHours(1));
        report.line("feedbackThemes answers %,d messages (checked %.1f s after they were added)", expected,
                (System.nanoTime() - start) / 1e9);
    }

    private List<Long> queries(WebClient client, java.util.function.Supplier<String> analyst) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < QUERIES + 20; i++) {
            long began = System.nanoTime();
            themes(client, analyst, 90).block(Duration.ofMinutes(1));
            if (i >= 20) {
                times.add(System.nanoTime() - began);
            }
        }
        return times;
    }

    /** feedbackSummary over 90 days, as the analytics home asks for it. */
    private List<Long> summaries(WebClient client, java.util.function.Supplier<String> analyst) {
        String query = "query($from: DateTime!, $to: DateTime!) { feedbackSummary(from: $from, to: $to) { threads "
                + "responded medianFirstResponseMinutes slaBreaches overdue messages bySource { source threads "
                + "unresolved } byStatus { status threads } sentiment { positive neutral negative } "
                + "topThemes { key label count } } }";
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < QUERIES + 20; i++) {
            long began = System.nanoTime();
            Map<String, Object> body = client.post().headers(h -> h.setBearerAuth(analyst.get()))
                    .bodyValue(Map.of("query", query, "variables", Map.of("from",
                            now.minus(Duration.ofDays(90)).toString(), "to", now.toString())))
                    .retrieve().bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
                    }).block(Duration.ofMinutes(1));
            assertThat(body.toString()).doesNotContain("errors=");
            if (i >= 20) {
                times.add(System.nanoTime() - began);
            }
        }
        return times;
    }

    private Mono<Map<String, Object>> themes(WebClient client, java.util.function.Supplier<String> analyst,
            int days) {
        String query = "query($from: DateTime!, $to: DateTime!) { feedbackThemes(from: $from, to: $to) { messages "
                + "sentiment { positive negative } themes { key count previousCount trendPercent exampleThreadIds "
                + "sentiment { negative } } emerging { key label threads } } }";
        return client.post().headers(h -> h.setBearerAuth(analyst.get())).bodyValue(Map.of("query", query, "variables",
                        Map.of("from", now.minus(Duration.ofDays(days)).toString(), "to", now.toString())))
                .retrieve().bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
                });
    }

    /** Documents one 90-day query reads: both periods' weeks and other days, one source (all). */
    private long daysRead() {
        ZoneId zone = settings.of(THEMES_ORG).block().zone();
        LocalDays period = LocalDays.covering(
                now.minus(Duration.ofDays(90)), now, zone);
        LocalDate first = period.first();
        return FeedbackThemesController.periodIds(THEMES_ORG, first, period.last(), List.of(ThemeDay.ALL)).ids().size()
                + FeedbackThemesController.periodIds(THEMES_ORG, first.minusDays(period.count()), first.minusDays(1),
                        List.of(ThemeDay.ALL)).ids().size();
    }

    /** Adds messages to the per-day counts with the consumer's own fold, in the organisation's time zone. */
    private void addToDayCounts(int messages) {
        long start = System.nanoTime();
        CallerAuthentication job = CallerAuthentication.forJob(THEMES_ORG, "bench");
        ZoneId zone = settings.of(THEMES_ORG).block().zone();
        ThemeTaxonomy taxonomy = taxonomies.current()
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(job)).block();
        PhiScanner scanner = new PhiScanner();
        Map<String, List<ThemedMessage>> byDay = new HashMap<>();
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (int n = 0; n < messages; n++) {
            int i = made++;
            String text = message();
            Instant at = now.minusSeconds(random.nextInt(SPREAD_DAYS * 86_400));
            String day = at.atZone(zone).toLocalDate().toString();
            AnalysedMessage analysed = MessageTerms.analyse(text, scanner.scan(text));
            SentimentScore tone = ThemeIndex.sentiment(text);
            String source = SOURCES[random.nextInt(SOURCES.length)];
            ThemedMessage message = new ThemedMessage("bench|" + i, THEMES_ORG, FeedbackThread.Source.valueOf(source),
                    "bench-" + i, new ObjectId(), day, at, List.copyOf(taxonomy.themesOf(analysed.terms())),
                    tone.sentiment().name(), tone.score(), analysed.surfaces());
            byDay.computeIfAbsent(day + "|" + ThemeDay.ALL, k -> new ArrayList<>()).add(message);
            // The message's thread, as the summary's consumer keeps it: replied in 0 to 48 hours, or not.
            boolean replied = random.nextInt(10) < 7;
            Status status = replied ? (random.nextBoolean() ? Status.RESOLVED : Status.AWAITING_PATIENT)
                    : random.nextInt(5) == 0 ? Status.RESOLVED : Status.NEW;
            summaryDays.computeIfAbsent(day, k -> new HashMap<>()).put(new ObjectId().toHexString(),
                    new FeedbackDay.Mark(FeedbackThread.Source.valueOf(source), status, at,
                            at.plus(Duration.ofDays(1)), replied ? at.plusSeconds(random.nextInt(48 * 3600)) : null,
                            0));
            touched.add(day);
            byDay.computeIfAbsent(day + "|" + source, k -> new ArrayList<>()).add(message);
        }
        java.util.Set<String> weeks = new java.util.HashSet<>();
        byDay.forEach((key, batch) -> {
            String[] parts = key.split("\\|");
            String id = ThemeDay.id(THEMES_ORG, parts[0], parts[1]);
            ThemeDay current = template.findById(id, ThemeDay.class).blockOptional().orElse(new ThemeDay(id, THEMES_ORG,
                    parts[0], parts[1], 0, 0, null, Map.of(), Map.of()));
            ThemeDay merged = ThemeDays.merge(current, batch);
            // Each batch counts as one more event taken in, as the consumers' fold would number them.
            template.save(new ThemeDay(id, THEMES_ORG, parts[0], parts[1], current.appliedSequence() + 1,
                    merged.messages(), merged.tone(), merged.themes(), merged.terms())).block();
            weeks.add(ThemeWeeks.key(parts[0], parts[1]));
        });
        // The weeks' roll-ups, summed from their days as the roll-up consumer sums them.
        weeks.forEach(key -> {
            String[] parts = key.split("\\|");
            java.time.LocalDate monday = java.time.LocalDate.parse(parts[0].substring(1));
            List<String> dayIds = ThemeWeeks.dayIds(THEMES_ORG, monday, parts[1]);
            List<ThemeDay> days = template.find(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("_id").in(dayIds)), ThemeDay.class)
                    .collectList().block();
            template.save(ThemeWeeks.sum(ThemeDay.id(THEMES_ORG, parts[0], parts[1]), THEMES_ORG, parts[0], parts[1],
                    days)).block();
        });
        // The summary's days, each written whole from its threads as a rebuild writes it.
        touched.forEach(day -> template.upsert(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(FeedbackDay.id(THEMES_ORG,
                                day)).and("organizationId").is(THEMES_ORG)),
                FeedbackDays.whole(day, summaryDays.get(day)), FeedbackDay.class).block());
        report.line("%,d more messages added to the per-day counts with the consumer's fold in %.1f s", messages,
                (System.nanoTime() - start) / 1e9);
    }

    private static final String[] SOURCES = {"FACEBOOK_COMMENT", "FACEBOOK_MESSAGE", "INSTAGRAM_COMMENT",
        "GOOGLE_REVIEW", "YELP_REVIEW", "X_REPLY", "EMAIL", "WEBSITE_FORM"};

    private static final String[] OPENINGS = {"Honestly", "Just wanted to say", "Quick question:", "Ugh,", "Hi,",
        "Thank you so much,", "Not happy:", "FYI"};
    private static final String[] TOPICS = {"we waited two hours in the waiting room", "the parking garage was full",
        "my bill had a charge I don't understand", "the insurance claim was denied twice",
        "booking an appointment online was easy", "the nurse was kind and patient", "the front desk staff were rude",
        "nobody called me back about my referral", "the bathroom was not clean", "my pain was not managed well",
        "is the flu shot available for kids", "the telehealth video kept freezing", "my prescription refill was late",
        "the new shuttle from the east lot is great", "the lab closure on Saturdays is a problem",
        "Dr. Patel explained everything clearly", "the cafeteria food was cold", "check-in kiosks were broken"};
    private static final String[] CLOSINGS = {"", " Thanks.", " Please fix this.", " Will come back.",
        " Call me at 617-555-0134.", " My MRN is 44829103.", " Never again.", " Great job!"};

    private String message() {
        return OPENINGS[random.nextInt(OPENINGS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)] + " and "
                + TOPICS[random.nextInt(TOPICS.length)] + "." + CLOSINGS[random.nextInt(CLOSINGS.length)];
    }



    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
