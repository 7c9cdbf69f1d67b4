package io.carepulse.platform.files;

import java.time.Instant;

/**
 * An uploaded file's description (its bytes are read with {@link StoredFiles#content}).
 *
 * @param id        the file's ID (hex of its GridFS ObjectId)
 * @param attachedTo the object it was attached to (a global ID), or null while unattached
 */
public record StoredFile(String id, String organizationId, String kind, FileType type, long size, String sha256,
        String uploadedBy, Instant uploadedAt, String attachedTo) {
}
