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
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
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

    /**
     * Whatever an attacker puts after "Bearer": an encrypted JWT (five parts), a JWS with alg
     * "none", broken base64 or JSON, too few or too many parts, a huge value. Each is a 401 with
     * no stack trace in the log, never a 500.
     */
    @Test
    void everyMalformedTokenIsA401WithoutAStackTrace(org.springframework.boot.test.system.CapturedOutput output) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String jweHeader = b64.encodeToString("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\"}".getBytes());
        String noneHeader = b64.encodeToString("{\"alg\":\"none\"}".getBytes());
        String claims = b64.encodeToString(("{\"iss\":\"" + TestTokens.ISSUER + "\",\"org\":\"riverside-health\","
                + "\"roles\":[\"ADMIN\"],\"exp\":4102444800}").getBytes());
        List<String> tokens = List.of(
                jweHeader + ".ZW5jcnlwdGVka2V5.aXZpdml2aXZpdg.Y2lwaGVydGV4dA.dGFndGFndGFn",
                jweHeader + "." + claims + ".x.y.z",
                noneHeader + "." + claims + ".",
                b64.encodeToString("not json".getBytes()) + "." + claims + ".c2ln",
                "!!!.@@@.###",
                "a.b",
                "a.b.c.d",
                "....",
                "eyJ" + "A".repeat(7_000) + ".e30.c2ln");
        int logged = output.getAll().length();
        for (String token : tokens) {
            http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> h.set("Authorization", "Bearer " + token)).bodyValue(VIEWER)
                    .exchange().expectStatus().isUnauthorized();
        }
        org.assertj.core.api.Assertions.assertThat(output.getAll().substring(logged))
                .doesNotContain("\tat ", "Exception");
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
    void thePublicPortAnswersTheHealthStatusAndNothingMore() {
        http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http().get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        for (String hidden : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/env", "/actuator/info",
                "/actuator/health/mongo")) {
            http().get().uri(hidden).exchange().expectStatus().value(status ->
                    org.assertj.core.api.Assertions.assertThat(status).as(hidden).isIn(401, 403, 404));
        }
    }

    @Test
    void apiResponsesForbidFramingSniffingAndReferrers() {
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(TestTokens.staff(RIVERSIDE, Role.ANALYST))).bodyValue(VIEWER)
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy",
                        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
    }
}
