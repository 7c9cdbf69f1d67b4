package io.carepulse.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;

class ObservationConfigurationTest {

    private final ObservationConfiguration configuration = new ObservationConfiguration();
    private final ObservationPredicate predicate = configuration.noObservationOfWebSocketUpgrades();

    @Test
    void aWebSocketUpgradeIsNotObservedAsAnHttpRequest() {
        var upgrade = MockServerHttpRequest.get("/graphql").header("Upgrade", "WebSocket").header("Connection", "Upgrade");

        assertThat(predicate.test("http.server.requests", context(upgrade))).isFalse();
    }

    @Test
    void ordinaryRequestsAndOtherObservationsStayObserved() {
        assertThat(predicate.test("http.server.requests", context(MockServerHttpRequest.post("/graphql")))).isTrue();
        assertThat(predicate.test("graphql.request", new Observation.Context())).isTrue();
    }

    @Test
    void securityObservesAuthenticationsButNeitherEachRequestAgainNorItsAlwaysPermittedAuthorization() {
        var settings = configuration.securityObservationSettings();

        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isTrue();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
    }

    private static ServerRequestObservationContext context(MockServerHttpRequest.BaseBuilder<?> request) {
        return new ServerRequestObservationContext(request.build(), new MockServerHttpResponse(), new HashMap<>());
    }
}
