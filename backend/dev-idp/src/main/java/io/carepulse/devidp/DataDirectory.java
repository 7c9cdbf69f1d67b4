package io.carepulse.devidp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The folder holding what the provider generates at first start (signing key, client secrets).
 * Files are written owner-only because they hold secrets, even if only demo ones.
 */
public final class DataDirectory {

	private final Path root;

	public DataDirectory(Path root) {
		this.root = root.toAbsolutePath();
	}

	private Path resolve(String fileName) {
		return this.root.resolve(fileName);
	}

	public Optional<String> read(String fileName) {
		Path file = resolve(fileName);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/** Writes via a temp file and a move so a crash never leaves a half-written key behind. */
	public void writePrivately(String fileName, String content) {
		try {
			Files.createDirectories(this.root);
			Path temp = createOwnerOnlyTempFile();
			Files.writeString(temp, content, StandardCharsets.UTF_8);
			Files.move(temp, resolve(fileName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + resolve(fileName), ex);
		}
	}

	private Path createOwnerOnlyTempFile() throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return Files.createTempFile(this.root, ".write-", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return Files.createTempFile(this.root, ".write-", ".tmp");
	}

}
