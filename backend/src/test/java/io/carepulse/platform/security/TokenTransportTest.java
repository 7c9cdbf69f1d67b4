package io.carepulse.platform.security;

import static io.carepulse.support.TestTokens.RIVERSIDE;

import io.carepulse.support.IntegrationTest;
import io.carepulse.support.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Tokens travel only in the Authorization header, and only valid ones from the trusted issuer count. */
class TokenTransportTest extends IntegrationTest {

    private static final Map<String, String> VIEWER = Map.of("query", "{ viewer { id } }");

    @Test
    void malformedExpiredOrForeignIssuerTokenIsRefusedWith401() {
        for (String token : List.of("not-a-jwt",
                TestTokens.token("x@riverside.test", RIVERSIDE, List.of("ADMIN"), List.of(), TestTokens.ISSUER,
                        Instant.now().minusSeconds(3600)),
                TestTokens.token("x@riverside.test", RIVERSIDE, List.of("ADMIN"), List.of(), "https://evil.example",
                        Instant.now().plusSeconds(600)))) {
            http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> h.setBearerAuth(token)).bodyValue(VIEWER)
                    .exchange().expectStatus().isUnauthorized();
        }
    }

    @Test
    void tokenWithoutOrganisationIsRefused() {
        String token = TestTokens.token("x@riverside.test", null, List.of("ADMIN"), List.of(), TestTokens.ISSUER,
                Instant.now().plusSeconds(600));
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(token)).bodyValue(VIEWER)
                .exchange().expectStatus().isUnauthorized();
    }

    /** Deliberately puts a (test-only, throw-away) token in the URL to prove the server never reads one there. */
    @Test
    void tokenInTheUrlIsIgnored() {
        String token = TestTokens.staff(RIVERSIDE, Role.ADMIN);
        http().post().uri("/graphql?access_token=" + token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(VIEWER)
                .exchange().expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
    }

    @Test
    void answersGraphqlResponseJson() {
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
                .headers(h -> h.setBearerAuth(TestTokens.staff(RIVERSIDE, Role.ANALYST))).bodyValue(VIEWER)
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_GRAPHQL_RESPONSE)
                .expectBody().jsonPath("$.data.viewer.id").exists();
    }

    @Test
    void healthIsPublicAndReportsMongo() {
        http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http().get().uri("/actuator/health").exchange().expectBody()
                .jsonPath("$.components.mongo.status").isEqualTo("UP");
    }
}
