package io.carepulse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GraphQL over plain HTTP with the documents of {@code graphql-test/}, answering the raw JSON body. */
public final class RawGraphQl {

    private final WebTestClient client;

    public RawGraphQl(int port) {
        this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    public static String document(String name) {
        try {
            return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Object> post(String token, String documentName, Map<String, Object> variables) {
        return postQuery(token, document(documentName), variables);
    }

    /**
     * Posts the document again every 100 ms until its answer passes {@code ready} (figures a
     * consumer counts in the background), at most 30 seconds; the answer that passed.
     */
    public Map<String, Object> postUntil(String token, String documentName, Map<String, Object> variables,
            java.util.function.Predicate<Map<String, Object>> ready) {
        return reactor.core.publisher.Mono.fromCallable(() -> post(token, documentName, variables))
                .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic())
                .filter(ready)
                .repeatWhenEmpty(repeat -> repeat.delayElements(Duration.ofMillis(100)))
                .block(Duration.ofSeconds(30));
    }

    /** Posts a query given as text. */
    public Map<String, Object> postQuery(String token, String query, Map<String, Object> variables) {
        return client.post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .bodyValue(Map.of("query", query, "variables", variables))
                .exchange()
                // graphql-response+json answers 4xx for requests that fail validation; the body says why.
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                })
                .returnResult().getResponseBody();
    }

    /** The {@code extensions.classification} of each error of a response. */
    @SuppressWarnings("unchecked")
    public static List<String> classifications(Map<String, Object> body) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.getOrDefault("errors", List.of());
        return errors.stream()
                .map(e -> String.valueOf(((Map<String, Object>) e.getOrDefault("extensions", Map.of()))
                        .get("classification")))
                .toList();
    }

    /** Value at a dotted path of {@code data}, e.g. {@code campaign.name} or {@code nodes.0}. */
    @SuppressWarnings("unchecked")
    public static Object data(Map<String, Object> body, String path) {
        Object current = body.get("data");
        for (String part : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(part);
            } else if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(part));
            } else {
                return null;
            }
        }
        return current;
    }
}
