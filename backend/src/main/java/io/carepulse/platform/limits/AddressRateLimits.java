package io.carepulse.platform.limits;

import io.github.bucket4j.ConsumptionProbe;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Requests to {@code /graphql} without a token, or with a participant token, counted per client
 * address ({@link ClientAddresses}) and refused with HTTP 429 and {@code Retry-After} once an
 * address exceeds its minute's share, before the token is verified or the body read, let alone
 * parsed. Sized so that a lecture hall behind one NAT address still joins and asks
 * ({@link LimitSettings}); staff and dashboards are limited by their cost budget instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class AddressRateLimits implements WebFilter {

    /** Exchange attribute: the client address the request was counted under. */
    public static final String CLIENT_ADDRESS = AddressRateLimits.class.getName() + ".address";

    private final ClientAddresses addresses;
    private final Buckets anonymous;
    private final Buckets participants;

    AddressRateLimits(ClientAddresses addresses, LimitSettings settings) {
        this.addresses = addresses;
        this.anonymous = Buckets.perMinute(settings.anonymousPerAddressPerMinute());
        this.participants = Buckets.perMinute(settings.participantPerAddressPerMinute());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!"/graphql".equals(exchange.getRequest().getPath().value())) {
            return chain.filter(exchange);
        }
        String address = addresses.of(exchange.getRequest());
        exchange.getAttributes().put(CLIENT_ADDRESS, address);
        Buckets buckets = switch (CallerKind.claimedBy(exchange.getRequest().getHeaders())) {
            case ANONYMOUS -> anonymous;
            case PARTICIPANT -> participants;
            case STAFF -> null;
        };
        if (buckets == null) {
            return chain.filter(exchange);
        }
        ConsumptionProbe probe = buckets.of(address).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? chain.filter(exchange) : tooMany(exchange, Buckets.seconds(probe.getNanosToWaitForRefill()));
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange, long retryAfter) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"errors\":[{\"message\":\"Too many requests from your network: try again in " + retryAfter
                + " s\",\"extensions\":{\"code\":\"THROTTLED\",\"classification\":\"THROTTLED\",\"retryAfterSeconds\":"
                + retryAfter + "}}]}";
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }
}
