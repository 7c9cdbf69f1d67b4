package io.carepulse.platform.security;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Verifies access tokens: signature against the issuer's keys (discovered lazily, so the API can
 * start before the identity provider), expiry, issuer, and audience when one is configured.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    /** Longer bearer values are refused unread: real access tokens are a few kilobytes at most. */
    static final int MAX_TOKEN_LENGTH = 8 * 1024;

    /**
     * Staff and OAuth2-client tokens go to the configured issuer's keys; tokens that claim the
     * participant issuer go to {@link ParticipantTokens} (the API's own key) and nowhere else.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(SecuritySettings settings, ParticipantTokens participants, Environment environment,
            java.time.Clock clock) throws Exception {
        if (settings.audience() == null && environment.matchesProfiles("prod")) {
            throw new IllegalStateException("""
                    OIDC_AUDIENCE is not set: in production tokens must name this API in their `aud` claim, \
                    or a token your identity provider issued for any other application would be accepted.""");
        }
        // Staff tokens' signatures are checked once a minute per token; participant tokens are
        // checked every time, as whether their session is still open is part of their check.
        ReactiveJwtDecoder staff = new VerifiedTokens(staffDecoder(settings), clock);
        ReactiveJwtDecoder participant = participants.decoder();
        return token -> {
            SignedJWT parsed = signed(token);
            if (parsed == null) {
                return Mono.error(new BadJwtException("The bearer token is not a signed JWT"));
            }
            ReactiveJwtDecoder decoder = ParticipantTokens.ISSUER.equals(issuer(parsed)) ? participant : staff;
            // Whatever else goes wrong with a token the caller sent is the token's fault: 401, never 500.
            return decoder.decode(token).onErrorMap(e -> !(e instanceof JwtException)
                    && !(e instanceof java.io.IOException), e -> new BadJwtException("Invalid bearer token", e));
        };
    }

    /**
     * The token as a signed JWT (three parts, a signing algorithm other than "none"), before any
     * verification; null for anything else: encrypted JWTs, unsecured ones, garbage. Used only to
     * refuse early and to pick the verifier.
     */
    static SignedJWT signed(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        try {
            return JWTParser.parse(token) instanceof SignedJWT jwt && !Algorithm.NONE.equals(jwt.getHeader().getAlgorithm())
                    ? jwt : null;
        } catch (java.text.ParseException | RuntimeException e) {
            return null;
        }
    }

    static String issuer(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet().getIssuer();
        } catch (java.text.ParseException | RuntimeException e) {
            return null; // the staff decoder refuses it with a proper error
        }
    }

    private static ReactiveJwtDecoder staffDecoder(SecuritySettings settings) throws Exception {
        NimbusReactiveJwtDecoder decoder;
        if (settings.jwkSetUri() != null) {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        } else if (settings.publicKeyLocation() != null) {
            decoder = NimbusReactiveJwtDecoder.withPublicKey(publicKey(settings.publicKeyLocation())).build();
        } else if (settings.issuerUri() != null) {
            decoder = NimbusReactiveJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
        } else {
            throw new IllegalStateException("No token issuer configured: set OIDC_ISSUER_URI (or OIDC_JWK_SET_URI)");
        }
        decoder.setJwtValidator(validator(settings));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> validator(SecuritySettings settings) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(settings.issuerUri() != null
                ? JwtValidators.createDefaultWithIssuer(settings.issuerUri())
                : JwtValidators.createDefault());
        if (settings.audience() != null) {
            validators.add(new JwtClaimValidator<List<String>>("aud",
                    aud -> aud != null && aud.contains(settings.audience())));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static RSAPublicKey publicKey(String location) throws Exception {
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the token public key at " + location, e);
        }
    }
}
