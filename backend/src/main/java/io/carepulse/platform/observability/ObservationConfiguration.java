package io.carepulse.platform.observability;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Observations that cost more than they tell. An HTTP request that upgrades to a WebSocket is
 * "in progress" for as long as the socket is open, so its {@code http.server.requests}
 * observation (and the security filter chain's around it) would be held, with its context and
 * tags, by every connected subscriber: kilobytes each, at tens of thousands of live Q&A
 * subscribers, for a duration that measures nothing but how long someone watched. GraphQL
 * operations over the socket are still observed ({@code graphql.request}).
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

    @Bean
    ObservationPredicate noObservationOfWebSocketUpgrades() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && isWebSocketUpgrade(request.getCarrier()));
    }

    /**
     * Spring Security's filter-chain observations time each request twice more beside
     * {@code http.server.requests}, and cannot tell a WebSocket upgrade apart. Authorization
     * observations time a decision that is "permit" for every GraphQL request (access is decided
     * per object and field, inside GraphQL): a timer per request that tells nothing. Authentication
     * observations stay (refused tokens show there).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).build();
    }

    private static boolean isWebSocketUpgrade(ServerHttpRequest request) {
        return request != null && "websocket".equalsIgnoreCase(request.getHeaders().getUpgrade());
    }
}
