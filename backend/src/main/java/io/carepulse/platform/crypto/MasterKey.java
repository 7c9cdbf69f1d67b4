package io.carepulse.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local master key that wraps the data keys of field-level encryption (96 bytes, as
 * libmongocrypt's "local" KMS provider takes it). In production it comes from
 * {@code FIELD_ENCRYPTION_MASTER_KEY} (base64) and a start without it is refused; in development
 * it is generated at first start into a file readable by its owner only. Never from the database,
 * never logged, never committed.
 */
final class MasterKey {

    static final int BYTES = 96;

    private MasterKey() {
    }

    /** The configured key, else (outside production) the development key file's, created when missing. */
    static byte[] load(String configured, Path developmentFile, boolean production) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.strip(), "FIELD_ENCRYPTION_MASTER_KEY");
        }
        if (production) {
            throw new IllegalStateException("""
                    FIELD_ENCRYPTION_MASTER_KEY is not set: in production the key that wraps the field \
                    encryption keys must be configured (base64 of 96 random bytes, e.g. \
                    `openssl rand -base64 96`), or a cloud KMS; the development key file is not used there.""");
        }
        try {
            if (!Files.exists(developmentFile)) {
                create(developmentFile);
            }
            return decode(Files.readString(developmentFile, StandardCharsets.US_ASCII).strip(),
                    developmentFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the field encryption key file " + developmentFile, e);
        }
    }

    static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64");
        }
        if (key.length != BYTES) {
            throw new IllegalStateException(source + " must hold " + BYTES + " bytes, not " + key.length);
        }
        return key;
    }

    /** Base64 of a new random key. */
    static String newKey() {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, newKey() + System.lineSeparator(), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // Another instance created it first: use theirs.
        }
    }
}
