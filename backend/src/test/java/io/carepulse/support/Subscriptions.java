package io.carepulse.support;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * GraphQL subscriptions over the graphql-transport-ws protocol, authenticating the way real
 * clients do: the bearer token in the {@code connection_init} payload, never in the URL.
 */
public final class Subscriptions {

    private Subscriptions() {
    }

    public static WebSocketGraphQlClient client(int port, String token) {
        WebSocketGraphQlClient.Builder<?> builder = WebSocketGraphQlClient
                .builder(URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient())
                .keepAlive(Duration.ofSeconds(30));
        if (token != null) {
            builder.interceptor(new WebSocketGraphQlClientInterceptor() {
                @Override
                public Mono<Object> connectionInitPayload() {
                    return Mono.just(Map.of("Authorization", "Bearer " + token));
                }
            });
        }
        return builder.build();
    }

    public static Flux<ClientGraphQlResponse> subscribe(WebSocketGraphQlClient client, String documentName) {
        return client.document(RawGraphQl.document(documentName)).executeSubscription();
    }
}
