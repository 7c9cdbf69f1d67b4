package io.carepulse.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With MANAGEMENT_PORT set, metrics and detailed health are served there, and only there. */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortTest extends IntegrationTest {

    @Autowired
    Environment environment;

    @Test
    void metricsAndDetailedHealthAreOnTheManagementPortOnly() {
        WebTestClient management = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + environment.getProperty("local.management.port"))
                .responseTimeout(Duration.ofSeconds(20)).build();
        // Closed on the public port (and those requests are what the metrics below count).
        http().get().uri("/actuator/prometheus").exchange().expectStatus().value(status ->
                assertThat(status).isIn(401, 403, 404));
        http().get().uri("/actuator/health").exchange().expectStatus().value(status ->
                assertThat(status).isIn(401, 403, 404));

        String metrics = management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds_count{")
                .contains("application=\"carepulse\"");
        management.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.mongo.status").isEqualTo("UP");
    }
}
