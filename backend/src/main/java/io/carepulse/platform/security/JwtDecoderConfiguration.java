package io.carepulse.platform.security;

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
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Verifies access tokens: signature against the issuer's keys (discovered lazily, so the API can
 * start before the identity provider), expiry, issuer, and audience when one is configured.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    /**
     * Staff and OAuth2-client tokens go to the configured issuer's keys; tokens that claim the
     * participant issuer go to {@link ParticipantTokens} (the API's own key) and nowhere else.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(SecuritySettings settings, ParticipantTokens participants) throws Exception {
        ReactiveJwtDecoder staff = staffDecoder(settings);
        ReactiveJwtDecoder participant = participants.decoder();
        return token -> ParticipantTokens.ISSUER.equals(unverifiedIssuer(token))
                ? participant.decode(token)
                : staff.decode(token);
    }

    /** The {@code iss} a token claims, before any verification: used only to pick the verifier. */
    private static String unverifiedIssuer(String token) {
        try {
            return com.nimbusds.jwt.JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (java.text.ParseException e) {
            return null; // the staff decoder will refuse it with a proper error
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
