package io.carepulse.campaign;

import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.devmongo.EmbeddedMongoServer;
import io.carepulse.platform.security.Role;
import io.carepulse.support.Fixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.Subscriptions;
import io.carepulse.support.TestMongo;
import io.carepulse.support.TestTokens;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** {@code campaignChanged} over graphql-transport-ws (and SSE), authenticated by connection_init. */
class CampaignSubscriptionTest extends IntegrationTest {

    @Autowired
    CampaignChanges changes;

    @Test
    void everyCreationEditAndStatusChangeByAnotherUserArrives() {
        WebSocketGraphQlClient client = Subscriptions.client(port, TestTokens.staff(RIVERSIDE, Role.ANALYST));
        try {
            String name = unique("Flu shots");
            var marketer = as(RIVERSIDE, Role.MARKETER);
            Flux<String> seen = Subscriptions.subscribe(client, "campaignChanged")
                    .map(r -> r.field("campaignChanged.kind").toEntity(String.class) + " "
                            + r.field("campaignChanged.campaign.name").toEntity(String.class) + " "
                            + r.field("campaignChanged.campaign.status").toEntity(String.class))
                    .filter(line -> line.contains(name));
            int before = changes.subscribers(RIVERSIDE);
            StepVerifier.create(seen.take(3))
                    .then(() -> {
                        awaitSubscribers(before + 1);
                        Fixtures.Created campaign = Fixtures.campaign(marketer, name);
                        marketer.documentName("updateCampaign").variable("input", Map.of("id", campaign.id(),
                                "expectedVersion", 1, "name", name + " (renamed)")).execute();
                        marketer.documentName("changeCampaignStatus").variable("input", Map.of("id", campaign.id(),
                                "expectedVersion", 2, "status", "ACTIVE")).execute();
                    })
                    .expectNext("CREATED " + name + " PLANNED")
                    .expectNext("UPDATED " + name + " (renamed) PLANNED")
                    .expectNext("STATUS_CHANGED " + name + " (renamed) ACTIVE")
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    /** A read-only client opening hundreds of subscriptions holds no database resources for them. */
    @Test
    void hundredsOfSubscriptionsShareTheInstancesOneChangeStream() {
        EmbeddedMongoServer server = TestMongo.embedded();
        org.junit.jupiter.api.Assumptions.assumeTrue(server != null, "counts change streams of the embedded server");
        int streams = server.openChangeStreams();
        int before = changes.subscribers(RIVERSIDE);
        List<WebSocketGraphQlClient> clients = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> Subscriptions.client(port, TestTokens.client(RIVERSIDE, "analytics:read"))).toList();
        String name = unique("Shared stream");
        java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
        List<reactor.core.Disposable> subscriptions = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                subscriptions.add(Subscriptions.subscribe(clients.get(i % clients.size()), "campaignChanged")
                        .filter(r -> name.equals(r.field("campaignChanged.campaign.name").toEntity(String.class)))
                        .subscribe(r -> received.incrementAndGet()));
            }
            awaitSubscribers(before + 300);
            assertThat(server.openChangeStreams()).as("change streams open on the database").isEqualTo(streams);

            Fixtures.campaign(as(RIVERSIDE, Role.MARKETER), name);
            awaitCondition(() -> received.get() == 300);
        } finally {
            subscriptions.forEach(reactor.core.Disposable::dispose);
            clients.forEach(c -> c.stop().block(Duration.ofSeconds(5)));
        }
        // Closed sockets release their subscriptions on the server.
        awaitCondition(() -> changes.subscribers(RIVERSIDE) <= before);
    }

    private void awaitSubscribers(int count) {
        awaitCondition(() -> changes.subscribers(RIVERSIDE) >= count);
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) {
        reactor.core.publisher.Mono.fromSupplier(condition::getAsBoolean).filter(Boolean::booleanValue)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(20)))
                .block(Duration.ofSeconds(30));
    }

    @Test
    void subscriberSeesChangesOfItsOwnOrganisation() {
        WebSocketGraphQlClient client = Subscriptions.client(port, TestTokens.staff(RIVERSIDE, Role.ANALYST));
        try {
            String name = unique("Live campaign");
            Flux<String> names = Subscriptions.subscribe(client, "campaignChanged")
                    .map(r -> r.field("campaignChanged.campaign.name").toEntity(String.class))
                    .filter(name::equals);
            int before = changes.subscribers(RIVERSIDE);
            StepVerifier.create(names.take(1))
                    .then(() -> {
                        awaitSubscribers(before + 1);
                        Fixtures.campaign(as(RIVERSIDE, Role.MARKETER), name);
                    })
                    .expectNext(name)
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void otherOrganisationsChangesNeverArrive() {
        WebSocketGraphQlClient lakeside = Subscriptions.client(port, TestTokens.staff(LAKESIDE, Role.ADMIN));
        WebSocketGraphQlClient riverside = Subscriptions.client(port, TestTokens.staff(RIVERSIDE, Role.ADMIN));
        try {
            String secret = unique("Riverside secret");
            String marker = unique("Riverside marker");
            List<String> seenByLakeside = new java.util.concurrent.CopyOnWriteArrayList<>();
            Subscriptions.subscribe(lakeside, "campaignChanged")
                    .map(r -> r.field("campaignChanged.campaign.name").toEntity(String.class))
                    .subscribe(seenByLakeside::add, error -> { });
            Flux<String> riversideSees = Subscriptions.subscribe(riverside, "campaignChanged")
                    .map(r -> r.field("campaignChanged.campaign.name").toEntity(String.class))
                    .filter(marker::equals);
            int before = changes.subscribers(RIVERSIDE);
            StepVerifier.create(riversideSees.take(1))
                    .then(() -> {
                        awaitSubscribers(before + 1);
                        var marketer = as(RIVERSIDE, Role.MARKETER);
                        Fixtures.campaign(marketer, secret);
                        Fixtures.campaign(marketer, marker);
                    })
                    .expectNext(marker)
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));
            // Riverside's subscriber saw the later marker, so Lakeside's had time to see the earlier secret.
            assertThat(seenByLakeside).doesNotContain(secret, marker);
        } finally {
            lakeside.stop().block(Duration.ofSeconds(5));
            riverside.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void anonymousSubscriberIsUnauthorizedAndWrongRoleForbidden() {
        WebSocketGraphQlClient anonymous = Subscriptions.client(port, null);
        WebSocketGraphQlClient noRole = Subscriptions.client(port, TestTokens.client(RIVERSIDE, "profile"));
        try {
            assertThat(firstErrorClassification(anonymous)).isEqualTo("UNAUTHORIZED");
            assertThat(firstErrorClassification(noRole)).isEqualTo("FORBIDDEN");
        } finally {
            anonymous.stop().block(Duration.ofSeconds(5));
            noRole.stop().block(Duration.ofSeconds(5));
        }
    }

    private static String firstErrorClassification(WebSocketGraphQlClient client) {
        AtomicReference<String> classification = new AtomicReference<>();
        Subscriptions.subscribe(client, "campaignChanged").take(1)
                .doOnNext((ClientGraphQlResponse r) -> classification.set(
                        String.valueOf(r.getErrors().getFirst().getExtensions().get("classification"))))
                .onErrorResume(SubscriptionErrorException.class, e -> {
                    classification.set(String.valueOf(e.getErrors().getFirst().getExtensions().get("classification")));
                    return Mono.empty();
                })
                .blockLast(Duration.ofSeconds(20));
        return classification.get();
    }

    @Test
    void invalidTokenInConnectionInitClosesTheSocketWith4401() {
        Sinks.One<CloseStatus> closed = Sinks.one();
        new ReactorNettyWebSocketClient().execute(URI.create("ws://localhost:" + port + "/graphql"),
                new org.springframework.web.reactive.socket.WebSocketHandler() {
                    @Override
                    public List<String> getSubProtocols() {
                        return List.of("graphql-transport-ws");
                    }

                    @Override
                    public Mono<Void> handle(org.springframework.web.reactive.socket.WebSocketSession session) {
                        WebSocketMessage init = session.textMessage(
                                "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer not-a-jwt\"}}");
                        session.closeStatus().subscribe(closed::tryEmitValue);
                        return session.send(Mono.just(init)).thenMany(session.receive()).then();
                    }
                }).subscribe();
        CloseStatus status = closed.asMono().block(Duration.ofSeconds(20));
        assertThat(status).isNotNull();
        assertThat(status.getCode()).isEqualTo(4401);
    }

    @Test
    void serverSentEventsCarryTheSameSubscription() {
        String name = unique("SSE campaign");
        // The response starts only once an event flows, so the change is made from the side.
        Mono.delay(Duration.ofSeconds(2)).publishOn(reactor.core.scheduler.Schedulers.boundedElastic())
                .doOnNext(tick -> Fixtures.campaign(as(RIVERSIDE, Role.MARKETER), name)).subscribe();
        Flux<String> events = http().mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(TestTokens.staff(RIVERSIDE, Role.ANALYST)))
                .bodyValue(Map.of("query", "subscription { campaignChanged { campaign { name } } }"))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        StepVerifier.create(events.filter(e -> e.contains(name)).take(1))
                .expectNextCount(1)
                .expectComplete()
                .verify(Duration.ofSeconds(30));
    }
}
