package io.carepulse.platform.crypto;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secret key material of the platform's cryptography: the local master key that wraps the data
 * keys of field-level encryption (96 bytes, as libmongocrypt's "local" KMS provider takes it) and
 * the blind index key. In production each comes from its setting (base64) and a start without it
 * is refused; in development it is generated at first start into a file readable by its owner
 * only. Never from the database, never logged, never committed.
 */
final class MasterKey {

    static final int BYTES = 96;

    private MasterKey() {
    }

    /** The field encryption master key: configured, else (outside production) the development key file's. */
    static byte[] load(String configured, Path developmentFile, boolean production) {
        return load(configured, developmentFile, production, "FIELD_ENCRYPTION_MASTER_KEY", BYTES,
                "the key that wraps the field encryption keys");
    }

    /**
     * A key of {@code bytes} bytes from the setting named {@code setting}, else (outside
     * production) from the development key file, created when missing.
     */
    static byte[] load(String configured, Path developmentFile, boolean production, String setting, int bytes,
            String what) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.strip(), setting, bytes);
        }
        if (production) {
            throw new IllegalStateException(setting + " is not set: in production " + what + " must be configured "
                    + "(base64 of " + bytes + " random bytes, e.g. `openssl rand -base64 " + bytes + "`); the "
                    + "development key file is not used there.");
        }
        return decode(KeyFiles.readOrCreate(developmentFile, () -> newKey(bytes), "key").strip(),
                developmentFile.toString(), bytes);
    }

    static byte[] decode(String base64, String source, int bytes) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64");
        }
        if (key.length != bytes) {
            throw new IllegalStateException(source + " must hold " + bytes + " bytes, not " + key.length);
        }
        return key;
    }

    /** Base64 of a new random key of {@code bytes} bytes. */
    static String newKey(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
