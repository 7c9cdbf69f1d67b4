package io.carepulse.content;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Publishing through an organisation's webhook: a receiver checks the signature over the exact
 * body and gets the idempotency key; a private address is refused. The test receiver listens on
 * loopback over http, which only development and tests allow ({@code carepulse.webhooks.allow-local}).
 */
class ContentWebhookTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.ReactiveMongoTemplate template;

    record Received(Map<String, String> headers, String body) {
    }

    @Test
    void aPublicationIsPostedSignedWithItsIdempotencyKeyAndTheReceiversPostIdIsKept() {
        List<Received> received = new CopyOnWriteArrayList<>();
        DisposableServer receiver = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> routes.post("/hook", (request, response) -> request.receive().aggregate().asString()
                        .flatMap(body -> {
                            received.add(new Received(Map.of(
                                    "signature", request.requestHeaders().get("X-CarePulse-Signature"),
                                    "timestamp", request.requestHeaders().get("X-CarePulse-Timestamp"),
                                    "key", request.requestHeaders().get("Idempotency-Key")), body));
                            return response.header("Content-Type", "application/json")
                                    .sendString(Mono.just("{\"postId\": \"hook-42\"}")).then();
                        })))
                .bindNow();
        String org = "webhook-clinic";
        String admin = token(org, "admin@webhook.test", Role.ADMIN);
        try {
            Map<String, Object> set = new RawGraphQl(port).post(admin, "setPublishingWebhook", Map.of("input",
                    Map.of("url", "http://127.0.0.1:" + receiver.port() + "/hook")));
            String secret = (String) data(set, "setPublishingWebhook.signingSecret");
            assertThat(secret).hasSize(43);

            String writer = token(org, "writer@webhook.test", Role.MARKETER);
            String reviewer = token(org, "dr@webhook.test", Role.CLINICAL_REVIEWER);
            ContentFixtures.Item item = ContentFixtures.create(port, writer, ContentFixtures.healthTip(
                    ContentFixtures.title("Webhook tip")));
            new RawGraphQl(port).post(writer, "submitContentForReview", Map.of("input", Map.of("contentId", item.id(),
                    "expectedVersion", 1)));
            Map<String, Object> approved = ContentFixtures.review(port, reviewer,
                    new ContentFixtures.Item(item.id(), 2), "APPROVE", null);
            assertThat(data(approved, "reviewContent.content.status")).isEqualTo("APPROVED");
            Map<String, Object> published = new RawGraphQl(port).post(writer, "publishContent", Map.of("input",
                    Map.of("contentId", item.id(), "expectedVersion", 3)));
            assertThat(data(published, "publishContent.content.publications.0.postId")).isEqualTo("hook-42");

            assertThat(received).singleElement().satisfies(request -> {
                String expected = "sha256=" + WebhookPublisher.sign(secret, request.headers().get("timestamp"),
                        request.body().getBytes(StandardCharsets.UTF_8));
                assertThat(request.headers().get("signature")).isEqualTo(expected);
                assertThat(request.headers().get("key")).startsWith(
                        io.carepulse.platform.graphql.GlobalId.objectId(item.id(), Content.TYPE).toHexString() + ":X:");
                assertThat(request.body()).contains("\"event\":\"content.publish\"").contains("\"channel\":\"X\"");
                assertThat(Long.parseLong(request.headers().get("timestamp")))
                        .isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 60);
            });

            Map<String, Object> log = new RawGraphQl(port).postQuery(admin, "{ publishingWebhook { recentDeliveries { "
                    + "content { id } channel event status error } } }", Map.of());
            Map<String, Object> delivered = new java.util.HashMap<>(Map.of("content", Map.of("id", item.id()),
                    "channel", "X", "event", "content.publish", "status", 200));
            delivered.put("error", null);
            assertThat(data(log, "publishingWebhook.recentDeliveries")).isEqualTo(List.of(delivered));

            Map<String, Object> stopped = new RawGraphQl(port).post(admin, "setPublishingWebhook",
                    Map.of("input", java.util.Collections.singletonMap("url", null)));
            assertThat(data(stopped, "setPublishingWebhook.userErrors")).isEqualTo(List.of());
            org.bson.Document stored = template.getCollection("publishing_webhooks")
                    .flatMap(c -> Mono.from(c.find(new org.bson.Document("_id", org)).first())).block(Duration.ofSeconds(10));
            assertThat(stored).as("stopped: no address and no secret kept").doesNotContainKeys("url", "secret");
        } finally {
            receiver.disposeNow(Duration.ofSeconds(5));
        }
    }

    @Test
    void aWebhookMustBeHttpsOnAPublicHostOutsideDevelopment() throws Exception {
        assertThat(WebhookAddresses.refusal(URI.create("http://hooks.example.org/x"), false))
                .isEqualTo("The webhook must use https://");
        assertThat(WebhookAddresses.refusal(URI.create("https://user:pw@hooks.example.org/x"), false))
                .isEqualTo("Leave names and passwords out of the webhook's address");
        assertThat(WebhookAddresses.refusal(URI.create("https://hooks.example.org/x"), false)).isNull();
        for (String local : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1")) {
            assertThat(WebhookAddresses.isPublic(InetAddress.getByName(local))).as(local).isFalse();
        }
        assertThat(WebhookAddresses.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(WebhookAddresses.isPublic(InetAddress.getByName("2606:4700::1111"))).isTrue();
    }

    private static String token(String org, String subject, Role role) {
        return TestTokens.token(subject, org, List.of(role.name()), List.of(), TestTokens.ISSUER,
                Instant.now().plusSeconds(3600));
    }
}
