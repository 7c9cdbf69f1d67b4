package io.carepulse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** Accepts "good-…" tokens that expire 5 minutes after NOW, refuses everything else and anything once expired. */
    private final VerifiedTokens tokens = new VerifiedTokens(token -> {
        verifications.incrementAndGet();
        Instant expires = NOW.plus(Duration.ofMinutes(5));
        if (!token.startsWith("good-") || !now.isBefore(expires)) {
            return Mono.error(new BadJwtException("refused"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token).issuedAt(NOW)
                .expiresAt(expires).build());
    }, clock);

    @Test
    void aTokenSentAgainIsNotVerifiedAgainForAWhile() {
        Jwt first = tokens.decode("good-a").block();
        Jwt again = tokens.decode("good-a").block();
        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
        tokens.decode("good-b").block();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsAskedAboutEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        tokens.decode("good-a").block();
        now = NOW.plus(Duration.ofMinutes(6));
        assertThatThrownBy(() -> tokens.decode("good-a").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }
}
