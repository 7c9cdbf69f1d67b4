package io.carepulse.analytics;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.content.ContentFixtures;
import io.carepulse.platform.security.Role;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** An organisation of its own per test (its own time zone, its own roll-ups), its connector and its readers. */
final class EngagementFixtures {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    private EngagementFixtures() {
    }

    record Org(String slug, String connector, String analyst, String admin, String marketer) {
    }

    /** A new organisation in {@code zone}. */
    static Org org(RawGraphQl raw, String prefix, String zone) {
        String slug = prefix + "-" + NEXT.incrementAndGet();
        Org org = new Org(slug, TestTokens.client(slug, "engagement:write"), TestTokens.staff(slug, Role.ANALYST),
                TestTokens.staff(slug, Role.ADMIN), TestTokens.staff(slug, Role.MARKETER));
        if (!"UTC".equals(zone)) {
            Map<String, Object> body = raw.post(org.admin(), "updateOrganizationSettings", Map.of("input",
                    Map.of("expectedVersion", 0, "timezone", zone)));
            assertThat(data(body, "updateOrganizationSettings.organizationSettings.timezone")).as("%s", body)
                    .isEqualTo(zone);
        }
        return org;
    }

    static String postId(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet();
    }

    static Map<String, Object> item(String postId, String channel, String metric, double value, Instant at) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (postId != null) {
            item.put("externalPostId", postId);
        }
        item.put("channel", channel);
        item.put("metric", metric);
        item.put("value", value);
        item.put("at", at.toString());
        return item;
    }

    /** A draft health tip of the organisation (format HEALTH_TIP, topic "Preventive care"): its ID. */
    static String content(int port, String marketer, String title) {
        return ContentFixtures.create(port, marketer, ContentFixtures.healthTip(title)).id();
    }

    static Map<String, Object> with(Map<String, Object> item, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> record(RawGraphQl raw, String token, List<Map<String, Object>> items) {
        return raw.post(token, "recordEngagement", Map.of("input", Map.of("items", items)));
    }

    /** Records items that must all be accepted. */
    static void recorded(RawGraphQl raw, Org org, List<Map<String, Object>> items) {
        Map<String, Object> body = record(raw, org.connector(), items);
        assertThat(data(body, "recordEngagement.userErrors")).as("%s", body).isEqualTo(List.of());
        assertThat(data(body, "recordEngagement.accepted")).isEqualTo(items.size());
    }

    static Map<String, Object> series(RawGraphQl raw, String token, Instant from, Instant to, String interval,
            Map<String, Object> filter) {
        Map<String, Object> f = new HashMap<>(filter);
        f.put("from", from.toString());
        f.put("to", to.toString());
        return raw.post(token, "engagementSeries", Map.of("filter", f, "interval", interval));
    }

    /**
     * Waits until the organisation's roll-ups have taken in every batch it recorded (its state's
     * sequence reaches its last logged batch): between two batches' documents a query may see one
     * updated and not the other.
     */
    static void awaitTakenIn(org.springframework.data.mongodb.core.ReactiveMongoTemplate template, String slug) {
        org.springframework.data.mongodb.core.query.Query logged = org.springframework.data.mongodb.core.query.Query
                .query(org.springframework.data.mongodb.core.query.Criteria.where("stream").is("analytics.engagement")
                        .and("organizationId").is(slug));
        Mono.zip(template.count(logged, "events"), template.findById(slug, org.bson.Document.class,
                        AnalyticsState.COLLECTION).map(state -> ((Number) state.get("appliedSequence")).longValue())
                        .defaultIfEmpty(0L))
                .filter(t -> t.getT2() >= t.getT1())
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(20)))
                .block(Duration.ofSeconds(30));
    }

    /** The series once every recorded batch is taken in; {@code expected} must hold then. */
    static Map<String, Object> seriesOnce(org.springframework.data.mongodb.core.ReactiveMongoTemplate template, Org org,
            RawGraphQl raw, String token, Instant from, Instant to, String interval, Map<String, Object> filter,
            Predicate<Map<String, Object>> expected) {
        awaitTakenIn(template, org.slug());
        Map<String, Object> body = series(raw, token, from, to, interval, filter);
        assertThat(expected.test(body)).as("%s", body).isTrue();
        return body;
    }

    /** The series once {@code ready} holds: roll-ups are counted in the background, within moments. */
    static Map<String, Object> seriesOnce(RawGraphQl raw, String token, Instant from, Instant to, String interval,
            Map<String, Object> filter, Predicate<Map<String, Object>> ready) {
        return Mono.fromCallable(() -> series(raw, token, from, to, interval, filter))
                .subscribeOn(Schedulers.boundedElastic()).filter(ready)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(50)))
                .block(Duration.ofSeconds(30));
    }

    /** Uploads {@code bytes} as an engagement CSV (sent as {@code type}). */
    static org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec upload(int port, String token,
            byte[] bytes, String type) {
        org.springframework.http.client.MultipartBodyBuilder parts = new org.springframework.http.client
                .MultipartBodyBuilder();
        parts.part("kind", EngagementCsvImport.KIND);
        parts.part("file", new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "engagement.csv";
            }
        }).contentType(org.springframework.http.MediaType.parseMediaType(type));
        return org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build().post()
                .uri("/api/files").headers(h -> h.setBearerAuth(token))
                .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(parts.build()))
                .exchange();
    }

    /** Uploads a CSV that must be taken: its file ID. */
    static String uploaded(int port, String token, String csv) {
        Map<String, Object> body = upload(port, token, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/csv").expectStatus().isCreated()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        return (String) body.get("id");
    }

    /** An example file shipped with a layout. */
    static String example(String layout) {
        return new EngagementCsvLayouts("").find(layout).example();
    }

    static Map<String, Object> importCsv(RawGraphQl raw, String token, Map<String, Object> input) {
        return raw.post(token, "importEngagementCsv", Map.of("input", input));
    }

    /** The value of {@code metric} in a point ({@code points.3}, {@code total}). */
    static Object value(Map<String, Object> body, String point, String metric) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) data(body, "engagementSeries." + point
                + ".values");
        return values.stream().filter(v -> metric.equals(v.get("metric"))).findFirst().orElseThrow().get("value");
    }

    static double number(Map<String, Object> body, String point, String metric) {
        Object value = value(body, point, metric);
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
