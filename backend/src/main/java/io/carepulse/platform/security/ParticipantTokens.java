package io.carepulse.platform.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Issues and verifies participant tokens: JWTs signed by the API itself (HS256, with the key ID
 * of {@link ParticipantTokenKeys} in the header) for members of the public who joined a live
 * session. A token names one session and one participant and carries no roles or scopes, so it
 * can never pass a staff operation's {@code @access} rule. It is refused once its session has
 * ended and expires a day after joining at the latest.
 */
@Component
public class ParticipantTokens {

    /** The {@code iss} of every participant token; tokens claiming it are verified only here. */
    public static final String ISSUER = "urn:carepulse:participant";
    static final String SESSION_CLAIM = "sid";
    static final Duration LIFETIME = Duration.ofHours(24);

    private final NimbusJwtEncoder encoder;
    private final String signingKeyId;
    private final ReactiveJwtDecoder decoder;
    private final ParticipantSessions sessions;
    private final CallerTokenConverter converter;
    private final Clock clock;

    ParticipantTokens(@Value("${carepulse.security.participant-token-secret:}") String secret,
            @Value("${carepulse.security.participant-token-key-file:data/participant-token.key}") String keyFile,
            ParticipantSessions sessions, CallerTokenConverter converter, Clock clock, Environment environment) {
        if ((secret == null || secret.isBlank()) && environment.matchesProfiles("prod")) {
            throw new IllegalStateException("""
                    PARTICIPANT_TOKEN_SECRET is not set: in production every instance must sign live Q&A \
                    participant tokens with the same configured key (base64 of 32 random bytes, e.g. \
                    `openssl rand -base64 32`); the development key file is not used there.""");
        }
        ParticipantTokenKeys keys = ParticipantTokenKeys.load(secret, Path.of(keyFile));
        List<JWK> jwks = keys.keys().entrySet().stream()
                .<JWK>map(entry -> new OctetSequenceKey.Builder(entry.getValue()).keyID(entry.getKey()).build())
                .toList();
        this.signingKeyId = keys.signingKeyId();
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwks.stream()
                .filter(jwk -> jwk.getKeyID().equals(signingKeyId)).toList())));
        Map<String, JWK> byId = jwks.stream().collect(java.util.stream.Collectors.toMap(JWK::getKeyID, jwk -> jwk));
        NimbusReactiveJwtDecoder signatureDecoder = NimbusReactiveJwtDecoder
                .withJwkSource(jwt -> {
                    String kid = jwt.getHeader().getKeyID();
                    JWK key = kid == null ? null : byId.get(kid);
                    return key == null ? Flux.empty() : Flux.just(key);
                })
                .jwsAlgorithm(MacAlgorithm.HS256)
                .build();
        signatureDecoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        this.sessions = sessions;
        this.converter = converter;
        this.clock = clock;
        this.decoder = token -> signatureDecoder.decode(token).flatMap(this::stillOpen);
    }

    /**
     * Whether a bearer token claims to be a participant token, read without verifying it: for
     * sorting requests into limits before any work is spent on them. Verification decides
     * everything else.
     */
    public static boolean claimsToBeOne(String bearer) {
        if (bearer == null || bearer.length() > JwtDecoderConfiguration.MAX_TOKEN_LENGTH) {
            return false;
        }
        // A client sends the same token again and again: parse it once a minute, not every time.
        return CLAIMS.get(bearer, token -> {
            com.nimbusds.jwt.SignedJWT jwt = JwtDecoderConfiguration.signed(token);
            return jwt != null && ISSUER.equals(JwtDecoderConfiguration.issuer(jwt));
        });
    }

    /** What recent bearer tokens claim to be (bounded by their characters). */
    private static final com.github.benmanes.caffeine.cache.Cache<String, Boolean> CLAIMS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumWeight(4_000_000)
                    .weigher((String token, Boolean participant) -> token.length())
                    .expireAfterAccess(Duration.ofMinutes(1)).build();

    /** A signed token for one participant of one session of {@code organization}. */
    public String issue(String organization, String sessionId, String participantId, String displayName) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject("participant:" + participantId)
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim("org", organization)
                .claim(SESSION_CLAIM, sessionId);
        if (displayName != null) {
            claims.claim("name", displayName);
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).keyId(signingKeyId).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    /** Verifies a participant token: signature, issuer, expiry, and that its session is still open. */
    ReactiveJwtDecoder decoder() {
        return decoder;
    }

    /** The authentication a freshly issued token stands for, to act as that participant at once. */
    public Mono<CallerAuthentication> authenticate(String token) {
        return decoder.decode(token).map(converter::authenticate);
    }

    private Mono<Jwt> stillOpen(Jwt jwt) {
        String org = jwt.getClaimAsString("org");
        String session = jwt.getClaimAsString(SESSION_CLAIM);
        if (org == null || session == null) {
            return Mono.error(new BadJwtException("The participant token names no session"));
        }
        return sessions.isOpen(org, session)
                .flatMap(open -> open ? Mono.just(jwt)
                        : Mono.error(new BadJwtException("The live session of this participant token has ended")));
    }
}
