package io.carepulse.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * HTTP-level security. The API is an OAuth2 resource server only: bearer tokens in the
 * {@code Authorization} header (never in a URL). {@code /graphql} is open at this level because
 * each GraphQL operation carries its own rule ({@code @access} in the schema), enforced by
 * {@link AccessDirectiveEnforcer}; an invalid token is still refused here with 401.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /**
     * A Content-Security-Policy for an API that serves no pages: nothing may load, frame or be
     * framed. GraphiQL (development only) is a page and keeps its own.
     */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, CallerTokenConverter converter,
            Environment environment) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // Stateless: every request carries its token; no session, no cookie, no saved requests.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(Customizer.withDefaults())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .hsts(hsts -> hsts.maxAge(java.time.Duration.ofDays(365)).includeSubdomains(true)))
                .authorizeExchange(exchange -> exchange
                        // Metrics and detailed health: only on the management port, off the public network.
                        .matchers(onManagementPort(environment)).permitAll()
                        .pathMatchers("/graphql", "/graphiql", "/graphiql/**").permitAll()
                        // Uploads and downloads beside GraphQL: a bearer token; each handler checks roles.
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        .anyExchange().denyAll())
                .oauth2ResourceServer(oauth2 -> oauth2.jwt(jwt -> jwt.jwtAuthenticationConverter(converter)))
                .build();
    }

    /** {@link #API_CSP} on every response but GraphiQL's page (development only, never in prod). */
    @Bean
    WebFilter apiContentSecurityPolicy() {
        return (exchange, chain) -> {
            if (!exchange.getRequest().getPath().value().startsWith("/graphiql")) {
                exchange.getResponse().beforeCommit(() -> {
                    exchange.getResponse().getHeaders().set("Content-Security-Policy", API_CSP);
                    return Mono.empty();
                });
            }
            return chain.filter(exchange);
        };
    }

    /**
     * Requests that arrived on the management port ({@code MANAGEMENT_PORT}), when one is set.
     * The port is looked up once (a random port, 0, once the management server has one), not for
     * every request.
     */
    private static ServerWebExchangeMatcher onManagementPort(Environment environment) {
        String configured = environment.getProperty("management.server.port", "").strip();
        // The same port as the API's is no separate port: nothing is "on the management port" then.
        boolean none = configured.isEmpty() || configured.equals(environment.getProperty("server.port", "8080").strip());
        java.util.concurrent.atomic.AtomicInteger resolved = new java.util.concurrent.atomic.AtomicInteger(
                none || configured.equals("0") ? -1 : Integer.parseInt(configured));
        return exchange -> {
            int port = resolved.get();
            if (port < 0 && configured.equals("0")) {
                String actual = environment.getProperty("local.management.port", "");
                port = actual.isBlank() ? -1 : Integer.parseInt(actual);
                resolved.set(port);
            }
            java.net.InetSocketAddress local = exchange.getRequest().getLocalAddress();
            boolean match = port > 0 && local != null && local.getPort() == port;
            return match ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }
}
