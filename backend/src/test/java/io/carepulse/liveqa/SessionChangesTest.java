package io.carepulse.liveqa;

import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.liveqa.events.SessionChanges;
import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.Subscriptions;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** {@code liveSessionChanged}: an organisation's sessions as they are scheduled, changed, started and ended. */
class SessionChangesTest extends IntegrationTest {

    @Autowired
    SessionChanges changes;

    @Test
    void anAnalystHearsASessionScheduledChangedStartedAndEnded() {
        WebSocketGraphQlClient client = Subscriptions.client(port, TestTokens.staff(RIVERSIDE, Role.ANALYST));
        try {
            String title = unique("Heart month Q&A");
            LiveQa liveQa = new LiveQa(port);
            Flux<String> seen = Subscriptions.subscribe(client, "liveSessionChanged")
                    .map(r -> r.field("liveSessionChanged.kind").toEntity(String.class) + " "
                            + r.field("liveSessionChanged.liveSession.title").toEntity(String.class) + " "
                            + r.field("liveSessionChanged.liveSession.status").toEntity(String.class))
                    .filter(line -> line.contains(title));
            int before = changes.subscribers(RIVERSIDE);
            StepVerifier.create(seen.take(4))
                    .then(() -> {
                        awaitSubscribers(RIVERSIDE, before + 1);
                        LiveQa.Session session = liveQa.schedule(RIVERSIDE, title, null);
                        Map<String, Object> renamed = liveQa.raw().post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                                "updateLiveSession", Map.of("input", Map.of("id", session.id(),
                                        "expectedVersion", session.version(), "title", title + " (moved)")));
                        assertThat(io.carepulse.support.RawGraphQl.data(renamed, "updateLiveSession.userErrors"))
                                .isEqualTo(List.of());
                        int started = liveQa.start(RIVERSIDE, new LiveQa.Session(session.id(), session.version() + 1,
                                session.joinCode()));
                        liveQa.end(RIVERSIDE, session, started);
                    })
                    .expectNext("CREATED " + title + " SCHEDULED")
                    .expectNext("UPDATED " + title + " (moved) SCHEDULED")
                    .expectNext("STARTED " + title + " (moved) LIVE")
                    .expectNext("ENDED " + title + " (moved) ENDED")
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void anotherOrganisationsSessionsNeverArrive() {
        WebSocketGraphQlClient lakeside = Subscriptions.client(port, TestTokens.staff(LAKESIDE, Role.ADMIN));
        WebSocketGraphQlClient riverside = Subscriptions.client(port, TestTokens.staff(RIVERSIDE, Role.ADMIN));
        try {
            String secret = unique("Riverside secret session");
            String marker = unique("Riverside marker session");
            List<String> seenByLakeside = new java.util.concurrent.CopyOnWriteArrayList<>();
            // Counted before subscribing: a subscription that registers at once must not be in "before".
            int lakesideBefore = changes.subscribers(LAKESIDE);
            Subscriptions.subscribe(lakeside, "liveSessionChanged")
                    .map(r -> r.field("liveSessionChanged.liveSession.title").toEntity(String.class))
                    .subscribe(seenByLakeside::add, error -> { });
            Flux<String> riversideSees = Subscriptions.subscribe(riverside, "liveSessionChanged")
                    .map(r -> r.field("liveSessionChanged.liveSession.title").toEntity(String.class))
                    .filter(marker::equals);
            int riversideBefore = changes.subscribers(RIVERSIDE);
            LiveQa liveQa = new LiveQa(port);
            StepVerifier.create(riversideSees.take(1))
                    .then(() -> {
                        awaitSubscribers(LAKESIDE, lakesideBefore + 1);
                        awaitSubscribers(RIVERSIDE, riversideBefore + 1);
                        liveQa.schedule(RIVERSIDE, secret, null);
                        liveQa.schedule(RIVERSIDE, marker, null);
                    })
                    .expectNext(marker)
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));
            assertThat(seenByLakeside).doesNotContain(secret, marker);
        } finally {
            lakeside.stop().block(Duration.ofSeconds(5));
            riverside.stop().block(Duration.ofSeconds(5));
        }
    }

    private void awaitSubscribers(String organization, int count) {
        Mono.fromSupplier(() -> changes.subscribers(organization) >= count).filter(Boolean::booleanValue)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(20)))
                .block(Duration.ofSeconds(30));
    }
}
