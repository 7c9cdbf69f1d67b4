package io.carepulse.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.carepulse.platform.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs access tokens for tests with a key pair made per test run; the API under test trusts
 * its public key. Never a committed key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://idp.test.carepulse";
    public static final String RIVERSIDE = "riverside-health";
    public static final String LAKESIDE = "lakeside-clinic";
    /** The {@code aud} of every test token, which a production configuration requires. */
    public static final String AUDIENCE = "carepulse-api";

    private static final KeyPair KEYS = generate();
    private static final Path PUBLIC_KEY_FILE = writePublicKey();
    private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(
            new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey((RSAPrivateKey) KEYS.getPrivate())
                    .keyID("test").build())));

    /** The participant token key of every application context of this test run (each instance must share it). */
    public static final String PARTICIPANT_SECRET = participantSecret();
    /** The field encryption master key of the test contexts: random per run, never a file. */
    public static final String FIELD_ENCRYPTION_MASTER_KEY = randomBase64(96);
    /** The blind index key of the test contexts: random per run, never a file. */
    public static final String BLIND_INDEX_KEY = randomBase64(32);

    private TestTokens() {
    }

    private static String participantSecret() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public static String publicKeyLocation() {
        return PUBLIC_KEY_FILE.toUri().toString();
    }

    /** A staff user's token. */
    public static String staff(String org, Role... roles) {
        String who = roles.length == 0 ? "nobody" : roles[0].name().toLowerCase();
        return token(who + "@" + org + ".test", org, Arrays.stream(roles).map(Enum::name).toList(), List.of(),
                ISSUER, Instant.now().plusSeconds(600));
    }

    /** A third-party dashboard's client-credentials token. */
    public static String client(String org, String... scopes) {
        return token(org + "-dashboard", org, List.of(), List.of(scopes), ISSUER, Instant.now().plusSeconds(600));
    }

    public static String token(String subject, String org, List<String> roles, List<String> scopes, String issuer,
            Instant expiresAt) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(subject)
                .audience(List.of(AUDIENCE)).issuedAt(expiresAt.minusSeconds(900)).expiresAt(expiresAt);
        if (subject.contains("@")) {
            claims.claim("email", subject);
        }
        if (org != null) {
            claims.claim("org", org);
        }
        claims.claim("name", "Test " + subject);
        if (!roles.isEmpty()) {
            claims.claim("roles", roles);
        }
        if (!scopes.isEmpty()) {
            claims.claim("scope", String.join(" ", scopes));
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId("test").build();
        return ENCODER.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("carepulse-test-key", ".pem");
            file.toFile().deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomBase64(int bytes) {
        byte[] key = new byte[bytes];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }
}
