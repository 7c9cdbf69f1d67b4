package io.carepulse.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir
    Path dir;

    @Test
    void developmentGeneratesAKeyReadableByItsOwnerOnlyAndKeepsIt() throws Exception {
        Path file = dir.resolve("data/field-encryption-master.key");
        byte[] first = MasterKey.load(null, file, false);
        assertThat(first).hasSize(MasterKey.BYTES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(MasterKey.load("", file, false)).isEqualTo(first);
    }

    @Test
    void productionRefusesToRunWithoutAConfiguredKeyAndNeverWritesOne() {
        Path file = dir.resolve("never.key");
        assertThatThrownBy(() -> MasterKey.load(null, file, true))
                .hasMessageContaining("FIELD_ENCRYPTION_MASTER_KEY is not set");
        assertThat(file).doesNotExist();
        byte[] configured = new byte[MasterKey.BYTES];
        configured[0] = 7;
        assertThat(MasterKey.load(Base64.getEncoder().encodeToString(configured), file, true)).isEqualTo(configured);
    }

    @Test
    void aKeyOfTheWrongSizeOrNotBase64IsRefusedNamingItsSource() {
        assertThatThrownBy(() -> MasterKey.load(Base64.getEncoder().encodeToString(new byte[32]), dir, true))
                .hasMessage("FIELD_ENCRYPTION_MASTER_KEY must hold 96 bytes, not 32");
        assertThatThrownBy(() -> MasterKey.load("not base64!", dir, false))
                .hasMessage("FIELD_ENCRYPTION_MASTER_KEY is not base64");
    }
}
