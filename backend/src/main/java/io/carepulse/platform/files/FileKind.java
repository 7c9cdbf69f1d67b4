package io.carepulse.platform.files;

import io.carepulse.platform.security.Role;
import java.util.Set;

/**
 * A kind of file a feature accepts, declared as a bean: its name (the upload's {@code kind}
 * part), who may upload it (staff by role, clients by scope), its largest size and its content
 * types (sniffed from the bytes).
 */
public record FileKind(String name, Set<Role> uploaders, Set<String> uploaderScopes, long maxBytes,
        Set<FileType> types) {

    public FileKind {
        uploaders = Set.copyOf(uploaders);
        uploaderScopes = Set.copyOf(uploaderScopes);
        types = Set.copyOf(types);
    }

    /** A kind only staff upload. */
    public FileKind(String name, Set<Role> uploaders, long maxBytes, Set<FileType> types) {
        this(name, uploaders, Set.of(), maxBytes, types);
    }
}
