package io.carepulse.platform.events;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The documents a mutation in progress wrote with events in their outbox, in the order written
 * (in its Reactor context: {@link PublishAfterMutation}). Each is noted with the organisation it
 * was written for, so publishing needs no caller (a request may act as someone else for a write).
 */
final class MutationWrites {

    record Written(String collection, Object id, String organization) {
    }

    private final ConcurrentLinkedQueue<Written> written = new ConcurrentLinkedQueue<>();

    void add(String collection, Object id, String organization) {
        Written next = new Written(collection, id, organization);
        if (!written.contains(next)) {
            written.add(next);
        }
    }

    /** What was written so far, taken out (a second call gets only what was written after). */
    List<Written> drain() {
        List<Written> taken = new java.util.ArrayList<>();
        for (Written next; (next = written.poll()) != null;) {
            taken.add(next);
        }
        return taken;
    }
}
