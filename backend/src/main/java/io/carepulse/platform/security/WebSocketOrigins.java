package io.carepulse.platform.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Browsers apply no CORS to WebSockets, so a page on any site could open a socket to the API;
 * the handshake's {@code Origin} is checked here instead: the API's own origin and those of
 * {@code CORS_ALLOWED_ORIGINS} (the same setting as CORS) are let through, and a handshake
 * without {@code Origin} (no browser: a dashboard, a script) too. Any other is refused with 403.
 * In production the compose nginx, which the browser talks to, checks the origin itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class WebSocketOrigins implements WebFilter {

    private final Set<String> allowed;

    WebSocketOrigins(@Value("${spring.graphql.cors.allowed-origins:}") List<String> allowed) {
        this.allowed = allowed.stream().map(String::strip).filter(o -> !o.isEmpty()).map(WebSocketOrigins::normal)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String origin = headers.getOrigin();
        if (origin == null || !"websocket".equalsIgnoreCase(headers.getUpgrade())
                || allowed.contains(normal(origin)) || isSameOrigin(exchange, origin)) {
            return chain.filter(exchange);
        }
        exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
        return exchange.getResponse().setComplete();
    }

    private static boolean isSameOrigin(ServerWebExchange exchange, String origin) {
        var uri = exchange.getRequest().getURI();
        String host = exchange.getRequest().getHeaders().getFirst(HttpHeaders.HOST);
        return host != null && normal(origin).equals(normal(uri.getScheme().replace("ws", "http") + "://" + host));
    }

    private static String normal(String origin) {
        String lower = origin.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
