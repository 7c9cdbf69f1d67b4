package io.carepulse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.CarePulseApplication;
import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The prod profile on a real database: no introspection, no GraphiQL, no demo data, and it
 * refuses to start without the settings an operator must give it.
 */
class ProductionProfileTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails testDatabase;

    @Test
    void productionHidesTheSchemaAndTheIdeButServesTheApi() {
        String uri = testDatabase.getConnectionString().getConnectionString()
                .replace("/carepulse", "/carepulse-prod-" + System.nanoTime());
        try (ConfigurableApplicationContext prod = new SpringApplicationBuilder(CarePulseApplication.class)
                .profiles("prod")
                .run("--server.port=0", "--carepulse.mongo.uri=" + uri,
                        "--carepulse.security.issuer-uri=" + TestTokens.ISSUER,
                        "--carepulse.security.audience=" + TestTokens.AUDIENCE,
                        "--carepulse.security.participant-token-secret=" + TestTokens.PARTICIPANT_SECRET,
                        "--carepulse.encryption.master-key=" + TestTokens.FIELD_ENCRYPTION_MASTER_KEY,
                        "--carepulse.encryption.blind-index-key=" + TestTokens.BLIND_INDEX_KEY,
                        "--carepulse.webhooks.allow-local=false",
                        "--carepulse.security.public-key-location=" + TestTokens.publicKeyLocation())) {
            int port = ((WebServerApplicationContext) prod).getWebServer().getPort();
            WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
            String token = TestTokens.staff(TestTokens.RIVERSIDE, Role.ADMIN);

            client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(token))
                    .bodyValue(Map.of("query", "{ __schema { types { name } } }"))
                    .exchange().expectBody()
                    .jsonPath("$.errors[0].extensions.classification").isEqualTo("IntrospectionDisabled");
            client.get().uri("/graphiql").exchange().expectStatus().isNotFound();
            client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBearerAuth(token))
                    .bodyValue(Map.of("query", "{ campaigns(first: 5) { totalCount } }"))
                    .exchange().expectBody().jsonPath("$.data.campaigns.totalCount").isEqualTo(0);
        }
        assertThat(uri).contains("carepulse-prod-");
    }

    @Test
    void productionRefusesToStartWithoutAFieldEncryptionMasterKey() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> startProd(
                        "--carepulse.security.audience=" + TestTokens.AUDIENCE,
                        "--carepulse.security.participant-token-secret=" + TestTokens.PARTICIPANT_SECRET,
                        "--carepulse.encryption.blind-index-key=" + TestTokens.BLIND_INDEX_KEY))
                .hasStackTraceContaining("FIELD_ENCRYPTION_MASTER_KEY is not set");
    }

    @Test
    void productionRefusesToStartWithoutABlindIndexKey() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> startProd(
                        "--carepulse.security.audience=" + TestTokens.AUDIENCE,
                        "--carepulse.security.participant-token-secret=" + TestTokens.PARTICIPANT_SECRET,
                        "--carepulse.encryption.master-key=" + TestTokens.FIELD_ENCRYPTION_MASTER_KEY))
                .hasStackTraceContaining("BLIND_INDEX_KEY is not set");
    }

    @Test
    void productionRefusesToStartWithoutAnAudience() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> startProd(
                        "--carepulse.security.participant-token-secret=" + TestTokens.PARTICIPANT_SECRET,
                        "--carepulse.encryption.master-key=" + TestTokens.FIELD_ENCRYPTION_MASTER_KEY,
                        "--carepulse.encryption.blind-index-key=" + TestTokens.BLIND_INDEX_KEY))
                .hasStackTraceContaining("OIDC_AUDIENCE is not set");
    }

    @Test
    void productionRefusesToStartWithoutAParticipantTokenSecret() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> startProd(
                        "--carepulse.security.audience=" + TestTokens.AUDIENCE,
                        "--carepulse.encryption.master-key=" + TestTokens.FIELD_ENCRYPTION_MASTER_KEY,
                        "--carepulse.encryption.blind-index-key=" + TestTokens.BLIND_INDEX_KEY))
                .hasStackTraceContaining("PARTICIPANT_TOKEN_SECRET is not set");
    }

    private void startProd(String... more) {
        String uri = testDatabase.getConnectionString().getConnectionString()
                .replace("/carepulse", "/carepulse-prod-" + System.nanoTime());
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
                "--carepulse.mongo.uri=" + uri, "--carepulse.security.issuer-uri=" + TestTokens.ISSUER,
                "--carepulse.security.public-key-location=" + TestTokens.publicKeyLocation(),
                // The tests' own properties let webhooks reach loopback, which production refuses.
                "--carepulse.webhooks.allow-local=false"));
        args.addAll(java.util.List.of(more));
        new SpringApplicationBuilder(CarePulseApplication.class).profiles("prod").run(args.toArray(String[]::new))
                .close();
    }
}
