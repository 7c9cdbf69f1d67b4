package io.carepulse.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * The development key files of every secret the platform generates at first start (participant
 * token keys, the field encryption master key, the blind index key): created readable and
 * writable by their owner only (where the file system has POSIX permissions), then kept.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /** The file's text; when it is missing, first writes {@code newContent} (one line) into a new owner-only file. */
    public static String readOrCreate(Path file, Supplier<String> newContent, String what) {
        try {
            if (!Files.exists(file)) {
                create(file, newContent.get());
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + what + " file " + file, e);
        }
    }

    private static void create(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, content + System.lineSeparator(), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // Another instance created it first: use theirs.
        }
    }
}
