package io.carepulse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/** Participant signing keys live outside the database, name themselves in every token, and rotate. */
class ParticipantTokenKeysTest {

    private static final ParticipantSessions ALWAYS_OPEN = (org, session) -> Mono.just(true);

    @TempDir
    Path dir;

    @Test
    void developmentKeyIsGeneratedOnceIntoAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = dir.resolve("data/participant-token.key");
        ParticipantTokenKeys first = ParticipantTokenKeys.load("", file);
        ParticipantTokenKeys again = ParticipantTokenKeys.load(null, file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(again.signingKeyId()).isEqualTo(first.signingKeyId()).hasSize(16);
        assertThat(again.signingKey().getEncoded()).isEqualTo(first.signingKey().getEncoded());
    }

    @Test
    void rotatingTheKeySignsNobodyOut() {
        String oldKey = ParticipantTokenKeys.newKey();
        String newKey = ParticipantTokenKeys.newKey();
        String issuedBefore = tokens(oldKey).issue("riverside-health", "5f0c6a8e2b9d4c1a7e3f0b12", "p1", "Pat");

        ParticipantTokens rotated = tokens(newKey + "," + oldKey);
        String issuedAfter = rotated.issue("riverside-health", "5f0c6a8e2b9d4c1a7e3f0b12", "p2", "Sam");

        assertThat(verify(rotated, issuedBefore).getSubject()).isEqualTo("participant:p1");
        assertThat(verify(rotated, issuedAfter).getSubject()).isEqualTo("participant:p2");
        assertThat(header(issuedAfter)).contains("\"kid\":\"" + ParticipantTokenKeys.keyId(
                java.util.Base64.getDecoder().decode(newKey)) + "\"");
        // Once the old key is dropped, what it signed stops working.
        assertThatThrownBy(() -> verify(tokens(newKey), issuedBefore))
                .isInstanceOf(org.springframework.security.oauth2.jwt.BadJwtException.class);
    }

    @Test
    void shortOrMalformedKeysAreRefusedAtStartup() {
        assertThatThrownBy(() -> ParticipantTokenKeys.load("c2hvcnQ=", dir.resolve("unused")))
                .hasMessageContaining("shorter than 32 bytes");
        assertThatThrownBy(() -> ParticipantTokenKeys.load("not base64!", dir.resolve("unused")))
                .hasMessageContaining("not base64");
    }

    private ParticipantTokens tokens(String secret) {
        SecuritySettings settings = new SecuritySettings(null, null, null, null, null, null, null);
        return new ParticipantTokens(secret, dir.resolve("unused.key").toString(), ALWAYS_OPEN,
                new CallerTokenConverter(settings), Clock.systemUTC(), new MockEnvironment());
    }

    private static Jwt verify(ParticipantTokens tokens, String token) {
        return tokens.decoder().decode(token).block(Duration.ofSeconds(5));
    }

    private static String header(String token) {
        return new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
    }
}
