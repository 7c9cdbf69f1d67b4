package io.carepulse.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens that passed verification for a short while, so a client that sends the same
 * token with every request (a dashboard, the SPA, or an attacker with one stolen token) costs one
 * signature check a minute rather than one per request. A remembered token is still refused the
 * moment it expires; one that failed is never remembered. Bounded by the characters of the
 * tokens it holds (Caffeine).
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    /** How long a verification is trusted (a retired signing key stops working within this). */
    static final Duration REMEMBERED = Duration.ofMinutes(1);
    static final long MAX_CHARACTERS = 16_000_000;

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumWeight(MAX_CHARACTERS)
                .weigher((String token, Jwt jwt) -> token.length())
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifetime(jwt)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = token == null ? null : verified.getIfPresent(token);
        if (known != null && (known.getExpiresAt() == null || clock.instant().isBefore(known.getExpiresAt()))) {
            return Mono.just(known);
        }
        return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }

    private Duration lifetime(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return REMEMBERED;
        }
        Duration left = Duration.between(clock.instant(), expires);
        return left.isNegative() ? Duration.ZERO : left.compareTo(REMEMBERED) < 0 ? left : REMEMBERED;
    }
}
