package io.carepulse.platform.tenancy;

import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * Records an audit entry that waited in a document's audit outbox ({@link PendingAudit}); the
 * audit feature provides it, and the platform's outbox recovery calls it for entries a crash left
 * behind. Recording must be idempotent: an entry may be recorded again after a crash.
 */
public interface AuditOutbox {

    /**
     * Records {@code entry} (as {@link PendingAudit} wrote it) of {@code organization}, whose
     * change was written to the document {@code documentId}.
     */
    Mono<Void> record(String organization, Document entry, Object documentId);
}
