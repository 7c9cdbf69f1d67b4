package io.carepulse.platform.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.util.context.ContextView;

/**
 * The audit entry of a mutation in progress, put in its Reactor context by the audit decorator.
 * The mutation's first write through {@link TenantMongo} (or the event log) takes it into the
 * written document's outbox, so the change and its audit entry are one document write: a crash
 * after the change leaves the entry in the outbox, and recovery records it. After a successful
 * mutation the decorator records it at once and takes it out of the outbox; after a failed one
 * it only takes it out.
 */
public final class PendingAudit {

    /**
     * The field of a document that holds audit entries waiting to be recorded (apart from the
     * event outbox, so that a write carrying both pushes to two fields).
     */
    public static final String OUTBOX_FIELD = "auditOutbox";

    private final Document entry;
    private final AtomicReference<Claim> claim = new AtomicReference<>();

    /** Where the entry was written: the collection and document, and the document's type. */
    public record Claim(String collection, Object documentId, String documentType) {

        Claim at(Object id) {
            return new Claim(collection, id, documentType);
        }
    }

    private PendingAudit(Document entry) {
        this.entry = entry;
    }

    /** The audit entry of {@code action} by {@code actorSubject}, changing {@code changedFields}. */
    public static PendingAudit of(String action, String actorSubject, List<String> changedFields, Instant at) {
        return of(action, actorSubject, null, changedFields, List.of(), at);
    }

    /**
     * The same, with the kind of actor (STAFF, AUDIENCE, CLIENT) and the values the input set in
     * its enum fields ({@link #changed}).
     */
    public static PendingAudit of(String action, String actorSubject, String actorKind, List<String> changedFields,
            List<Document> enumValues, Instant at) {
        Document entry = new Document("entryId", new ObjectId().toHexString()).append("action", action)
                .append("actor", actorSubject).append("changedFields", changedFields)
                .append("at", java.util.Date.from(at)).append("changes", new java.util.ArrayList<>(enumValues));
        if (actorKind != null) {
            entry.append("actorKind", actorKind);
        }
        return new PendingAudit(entry);
    }

    /**
     * One value change the entry may show. Only enum values can be given, never text, so no free
     * text (nor PHI in it) reaches the log: a status from → to, the moderation action chosen.
     */
    public static Document change(String field, Enum<?> from, Enum<?> to) {
        return new Document("field", field).append("from", from == null ? null : from.name())
                .append("to", to == null ? null : to.name());
    }

    /**
     * Notes that the mutation moved {@code field} from one value to another. Noted before the
     * mutation's first write, the note is in the outbox copy too, so a crash cannot lose it.
     */
    public synchronized void changed(String field, Enum<?> from, Enum<?> to) {
        @SuppressWarnings("unchecked")
        List<Document> changes = (List<Document>) entry.get("changes");
        changes.removeIf(change -> field.equals(change.getString("field")));
        changes.add(change(field, from, to));
    }

    /** {@link #changed} on the pending entry of the mutation running in {@code context}, if any. */
    public static void note(ContextView context, String field, Enum<?> from, Enum<?> to) {
        PendingAudit pending = in(context);
        if (pending != null) {
            pending.changed(field, from, to);
        }
    }

    /**
     * {@code write} without the mutation's audit entry: for a write that is not the change the
     * entry describes (a counter, an access-log entry), which must not carry it.
     */
    public static <T> reactor.core.publisher.Mono<T> outside(reactor.core.publisher.Mono<T> write) {
        return write.contextWrite(context -> context.delete(PendingAudit.class));
    }

    /** The pending audit of the mutation this publisher runs for, if any. */
    public static PendingAudit in(ContextView context) {
        return context.getOrDefault(PendingAudit.class, null);
    }

    public String entryId() {
        return entry.getString("entryId");
    }

    public synchronized Document entry() {
        return entry;
    }

    /** Where the entry was written, or null when no write took it. */
    public Claim claim() {
        Claim current = claim.get();
        return current == null || current.documentId() == null ? null : current;
    }

    /** The entry for the first write that asks; null for any later one. */
    public Document claimFor(String collection, Class<?> documentType) {
        if (!claim.compareAndSet(null, new Claim(collection, null, documentType.getSimpleName()))) {
            return null;
        }
        synchronized (this) {
            Document copy = new Document(entry).append("targetType", documentType.getSimpleName());
            @SuppressWarnings("unchecked")
            List<Document> changes = (List<Document>) entry.get("changes");
            if (changes != null) {
                copy.put("changes", new java.util.ArrayList<>(changes));
            }
            return copy;
        }
    }

    /** The claiming write wrote this document. */
    public void writtenTo(Object documentId) {
        claim.updateAndGet(current -> current == null ? null : current.at(documentId));
    }

    /** The claiming write wrote nothing: a later write may take the entry. */
    public void notWritten() {
        claim.updateAndGet(current -> current != null && current.documentId() == null ? null : current);
    }
}
