package io.carepulse.platform.files;

import io.carepulse.platform.security.Role;
import java.util.Set;

/**
 * A kind of file a feature accepts, declared as a bean: its name (the upload's {@code kind}
 * part), who may upload it, its largest size and its content types (sniffed from the bytes).
 */
public record FileKind(String name, Set<Role> uploaders, long maxBytes, Set<FileType> types) {

    public FileKind {
        uploaders = Set.copyOf(uploaders);
        types = Set.copyOf(types);
    }
}
