package io.carepulse.support;

import io.carepulse.platform.security.Role;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the integration tests: the whole application on a random port, over real HTTP, against
 * MongoDB (see {@link TestMongo}), trusting tokens from {@link TestTokens}. All tests share one
 * context and one database, so each test names its data uniquely.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"carepulse.demo-data.enabled=false", "spring.graphql.websocket.path=/graphql",
                // Every test talks from 127.0.0.1: per-address limits raised (LimitsTest checks the real ones).
                "carepulse.limits.anonymous-per-address-per-minute=1000000",
                "carepulse.limits.participant-per-address-per-minute=1000000",
                "carepulse.limits.join-failures-per-address-per-minute=1000000",
                "carepulse.limits.anonymous.budget=1000000000", "carepulse.limits.anonymous.restore-per-second=1000000"})
public abstract class IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    protected int port;

    /**
     * A plain HTTP client of the running server, waiting as long as the GraphQL client does: on a
     * busy two-core CI machine the default 5 s was once too short for a request that answers in
     * milliseconds here ({@link TimeoutThreadDump} prints what every thread was doing if it recurs).
     */
    protected WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(RESPONSE_TIMEOUT)
                .build();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestMongo.register(registry);
        registry.add("carepulse.security.public-key-location", TestTokens::publicKeyLocation);
        registry.add("carepulse.security.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("carepulse.security.participant-token-secret", () -> TestTokens.PARTICIPANT_SECRET);
        registry.add("carepulse.encryption.master-key", () -> TestTokens.FIELD_ENCRYPTION_MASTER_KEY);
        registry.add("carepulse.encryption.blind-index-key", () -> TestTokens.BLIND_INDEX_KEY);
    }

    /** A GraphQL client over HTTP sending the given bearer token (none when null). */
    protected HttpGraphQlTester graphQl(String token) {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeaders(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                }).responseTimeout(RESPONSE_TIMEOUT).build();
        return HttpGraphQlTester.builder(client.mutate()).responseTimeout(RESPONSE_TIMEOUT).build();
    }

    protected HttpGraphQlTester as(String org, Role... roles) {
        return graphQl(TestTokens.staff(org, roles));
    }

    /** A name no other test uses. */
    protected static String unique(String prefix) {
        return prefix + " " + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    protected static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
