package io.carepulse.platform.events;

import java.time.Instant;
import org.bson.Document;

/**
 * An event waiting in the outbox of the document whose change it describes, written in the same
 * document write as the change: so the change and its event cannot be separated by a crash. The
 * {@link EventLog} moves it to the log and takes it out of the outbox.
 *
 * @param payload the event's payload, or null for a derived stream's entry
 * @param hint    for a derived stream, what the payload is made from besides the document
 */
public record OutboxEntry(String entryId, String stream, String key, String type, Instant at, Document payload,
        Document hint) {

    /** The field of a source document that holds its waiting events, oldest first. */
    public static final String FIELD = "outbox";
}
