package io.carepulse.support;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bare graphql-transport-ws client that keeps every text frame the server sends, exactly as
 * it came over the socket: tests check the wire itself, not what a client library makes of it.
 */
public final class GraphQlWsWire implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Sinks.Many<String> outbound = Sinks.many().unicast().onBackpressureBuffer();
    private final List<String> frames = new CopyOnWriteArrayList<>();
    private final Sinks.Many<String> arrivals = Sinks.many().replay().all();
    private final Disposable connection;
    private final Sinks.One<org.springframework.web.reactive.socket.CloseStatus> closed = Sinks.one();

    private GraphQlWsWire(int port) {
        connection = new ReactorNettyWebSocketClient().execute(URI.create("ws://localhost:" + port + "/graphql"),
                new WebSocketHandler() {
                    @Override
                    public List<String> getSubProtocols() {
                        return List.of("graphql-transport-ws");
                    }

                    @Override
                    public Mono<Void> handle(WebSocketSession session) {
                        session.closeStatus().subscribe(closed::tryEmitValue);
                        Mono<Void> in = session.receive().map(WebSocketMessage::getPayloadAsText)
                                .doOnNext(text -> {
                                    frames.add(text);
                                    arrivals.tryEmitNext(text);
                                }).then();
                        Mono<Void> out = session.send(outbound.asFlux().map(session::textMessage));
                        return Mono.zip(in, out).then();
                    }
                }).subscribe();
    }

    /** Connects and sends {@code connection_init} with the bearer token, then waits for the ack. */
    public static GraphQlWsWire connect(int port, String token) {
        GraphQlWsWire wire = new GraphQlWsWire(port);
        wire.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + token)));
        wire.await(frame -> frame.contains("\"connection_ack\""), Duration.ofSeconds(20));
        return wire;
    }

    /** Connects and sends {@code connection_init} with the bearer token, without waiting for the answer. */
    public static GraphQlWsWire open(int port, String token) {
        GraphQlWsWire wire = new GraphQlWsWire(port);
        wire.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + token)));
        return wire;
    }

    /** The close code and reason the server closed the socket with, once it does. */
    public org.springframework.web.reactive.socket.CloseStatus awaitClose(Duration timeout) {
        return closed.asMono().block(timeout);
    }

    public void subscribe(String id, String documentName, Map<String, Object> variables) {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", RawGraphQl.document(documentName),
                "variables", variables)));
    }

    public void complete(String id) {
        send(Map.of("id", id, "type", "complete"));
    }

    public void send(Map<String, Object> message) {
        outbound.tryEmitNext(JSON.writeValueAsString(message));
    }

    /** Waits for the first frame (received so far or later) that matches. */
    public String await(Predicate<String> match, Duration timeout) {
        return arrivals.asFlux().filter(match).next().block(timeout);
    }

    /** Every frame received so far, raw. */
    public List<String> frames() {
        return List.copyOf(frames);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String frame) {
        return JSON.readValue(frame, Map.class);
    }

    @Override
    public void close() {
        outbound.tryEmitComplete();
        connection.dispose();
    }
}
