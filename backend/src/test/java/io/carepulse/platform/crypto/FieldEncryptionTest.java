package io.carepulse.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Values encrypted with the driver's explicit encryption, against the development MongoDB. */
class FieldEncryptionTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    FieldEncryption encryption;

    @Test
    void aValueIsStoredRandomisedUnderTheCurrentDataKeyAndReadBack() {
        Binary first = encryption.encrypt("Maria Lopez, 1961-04-12").block(WAIT);
        Binary second = encryption.encrypt("Maria Lopez, 1961-04-12").block(WAIT);

        // Generic binary: the development MongoDB refuses the encrypted-value subtype.
        assertThat(first.getType()).isEqualTo((byte) 0);
        assertThat(new String(first.getData(), StandardCharsets.ISO_8859_1)).doesNotContain("Maria");
        assertThat(first.getData()).isNotEqualTo(second.getData());
        assertThat(encryption.decrypt(first).block(WAIT)).isEqualTo("Maria Lopez, 1961-04-12");
        UUID current = encryption.currentDataKey().block(WAIT);
        assertThat(FieldEncryption.dataKeyOf(first)).isEqualTo(current).isEqualTo(FieldEncryption.dataKeyOf(second));
    }

    @Test
    void valuesStayReadableWhenTheMasterKeyWrapsTheDataKeysAgain() {
        Binary stored = encryption.encrypt("+1 555 0100").block(WAIT);
        assertThat(encryption.rewrapDataKeys().block(WAIT)).isGreaterThanOrEqualTo(1L);
        assertThat(encryption.decrypt(stored).block(WAIT)).isEqualTo("+1 555 0100");
        Binary moved = encryption.reencrypt(stored).block(WAIT);
        assertThat(moved.getData()).isNotEqualTo(stored.getData());
        assertThat(encryption.decrypt(moved).block(WAIT)).isEqualTo("+1 555 0100");
    }
}
