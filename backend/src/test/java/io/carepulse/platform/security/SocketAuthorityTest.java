package io.carepulse.platform.security;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carepulse.support.GraphQlWsWire;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.TestTokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;

/** A socket's authority ends with its token, its session, or its share of the server. */
class SocketAuthorityTest extends IntegrationTest {

    @Test
    void aStaffSocketIsClosedWith4401WhenItsTokenExpires() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Expiring"), null);
        String shortLived = TestTokens.token("moderator@riverside-health.test", RIVERSIDE, List.of("MODERATOR"),
                List.of(), TestTokens.ISSUER, Instant.now().plusSeconds(3));
        try (GraphQlWsWire socket = GraphQlWsWire.connect(port, shortLived)) {
            socket.subscribe("1", "liveSessionEvents", Map.of("sessionId", session.id()));
            CloseStatus closed = socket.awaitClose(Duration.ofSeconds(15));
            assertThat(closed.getCode()).isEqualTo(4401);
            assertThat(closed.getReason()).isEqualTo("Token expired");
        }
    }

    @Test
    void aParticipantSocketStopsSpeakingForItsParticipantWhenTheSessionEnds() {
        LiveQa liveQa = new LiveQa(port);
        LiveQa.Session session = liveQa.schedule(RIVERSIDE, unique("Ending"), null);
        int version = liveQa.start(RIVERSIDE, session);
        String participant = liveQa.join(session.joinCode(), "Pat");
        String question = liveQa.ask(participant, "Will it end?");
        liveQa.moderated(TestTokens.staff(RIVERSIDE, Role.MODERATOR), question, "APPROVE");
        try (GraphQlWsWire socket = GraphQlWsWire.connect(port, participant)) {
            socket.subscribe("feed", "liveAudienceFeed", Map.of("joinCode", session.joinCode()));
            Map<String, Object> ended = liveQa.raw().post(TestTokens.staff(RIVERSIDE, Role.MODERATOR),
                    "endLiveSession", Map.of("input", Map.of("id", session.id(), "expectedVersion", version)));
            assertThat(io.carepulse.support.RawGraphQl.data(ended, "endLiveSession.liveSession.status"))
                    .isEqualTo("ENDED");

            // Before the socket closes, nothing it sends counts any more.
            socket.subscribe("upvote", "upvoteQuestion", Map.of("input", Map.of("questionId", question)));
            String answer = socket.await(frame -> frame.contains("\"id\":\"upvote\""), Duration.ofSeconds(10));
            assertThat(answer).contains("UNAUTHORIZED").doesNotContain("upvoteCount");

            CloseStatus closed = socket.awaitClose(Duration.ofSeconds(15));
            assertThat(closed.getCode()).isEqualTo(4401);
            assertThat(closed.getReason()).isEqualTo("The live session has ended");
        }
    }

    @Test
    void oneSocketCarriesAtMostAHundredSubscriptions() {
        try (GraphQlWsWire socket = GraphQlWsWire.connect(port, TestTokens.staff(RIVERSIDE, Role.ANALYST))) {
            for (int i = 0; i <= 100; i++) {
                socket.subscribe("s" + i, "campaignChanged", Map.of());
            }
            CloseStatus closed = socket.awaitClose(Duration.ofSeconds(15));
            assertThat(closed.getCode()).isEqualTo(4429);
            assertThat(closed.getReason()).contains("at most 100");
        }
    }

    @Test
    void oneUserHoldsAtMostTwentySockets() {
        String token = TestTokens.token(unique("many-tabs").replace(' ', '-') + "@riverside-health.test", RIVERSIDE,
                List.of("ANALYST"), List.of(), TestTokens.ISSUER, Instant.now().plusSeconds(600));
        List<GraphQlWsWire> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                sockets.add(GraphQlWsWire.connect(port, token));
            }
            GraphQlWsWire oneTooMany = GraphQlWsWire.open(port, token);
            sockets.add(oneTooMany);
            CloseStatus closed = oneTooMany.awaitClose(Duration.ofSeconds(15));
            assertThat(closed.getCode()).isEqualTo(4429);
            assertThat(closed.getReason()).contains("at most 20");
        } finally {
            sockets.forEach(GraphQlWsWire::close);
        }
    }

    @Test
    void aBrowserPageOfAnotherSiteCannotOpenASocket() {
        assertThatThrownBy(() -> handshake("https://evil.example")).hasMessageContaining("403");
        assertThat(handshake("http://localhost:" + port)).isTrue();
    }

    private boolean handshake(String origin) {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin(origin);
        new ReactorNettyWebSocketClient().execute(URI.create("ws://localhost:" + port + "/graphql"), headers,
                new org.springframework.web.reactive.socket.WebSocketHandler() {
                    @Override
                    public List<String> getSubProtocols() {
                        return List.of("graphql-transport-ws");
                    }

                    @Override
                    public Mono<Void> handle(org.springframework.web.reactive.socket.WebSocketSession session) {
                        return session.close();
                    }
                }).block(Duration.ofSeconds(10));
        return true;
    }
}
